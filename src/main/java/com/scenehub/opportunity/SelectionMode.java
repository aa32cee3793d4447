package com.scenehub.opportunity;

/** 定向对接 (direct docking) or 揭榜挂帅 (open competition). */
public enum SelectionMode {
    DIRECT_DOCKING, OPEN_COMPETITION
}
