/**
 * Scene requirements (DESIGN §5.1, 场景需求分析): an enterprise's guided need, expert analysis and the
 * manager's decision. Accepted requirements feed opportunity design.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scene requirements")
package com.scenehub.requirement;
