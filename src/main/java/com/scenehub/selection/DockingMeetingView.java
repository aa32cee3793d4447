package com.scenehub.selection;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded docking meeting: date, participants, minutes. */
public record DockingMeetingView(Long id, LocalDate heldOn, String participants, String minutes, String recordedBy,
        Instant recordedAt) {
}
