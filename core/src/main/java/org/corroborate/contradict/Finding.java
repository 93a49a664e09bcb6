package org.corroborate.contradict;

import org.corroborate.model.ContradictionType;
import org.corroborate.model.Severity;

/** What {@link PairJudge} found for one pair, before ids are given. */
record Finding(ContradictionType type, Severity severity, String summary) {}
