package com.scenehub.project;

/** A file the provider uploads as milestone evidence. */
public record EvidenceUpload(String fileName, byte[] content) {
}
