/**
 * Record keeping shared by the scene workflow modules: the status-change history shown as a timeline
 * on every record, and the attachment store (files on disk, type and size checked by content).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records: history and attachments")
package com.scenehub.records;
