package com.scenehub.shared.spi;

import com.scenehub.shared.security.CurrentUser;
import java.util.List;

/**
 * Implemented by every capability that has work waiting for users; the home page lists the items
 * of all sources, so it fills as features land without linking anywhere that does not exist.
 */
public interface WorkItemSource {

    List<WorkItem> workFor(CurrentUser user);
}
