package org.corroborate.check;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a waiver file: the fingerprint of a claim and why its finding is waived.
 *
 * @param fingerprint the claim's fingerprint, as the check reports it
 * @param reason why the finding does not fail the check
 */
public record WaiverEntry(@JsonProperty("fingerprint") String fingerprint, @JsonProperty("reason") String reason) {}
