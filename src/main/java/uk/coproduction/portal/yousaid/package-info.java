/**
 * "You said, we did": the public page per service that closes the loop. It shows only aggregates (themes heard,
 * with counts under five suppressed), changes a commissioner has published, and quotes a commissioner has moderated.
 * Safeguarding-flagged feedback is never counted or quoted.
 */
@NullMarked
package uk.coproduction.portal.yousaid;

import org.jspecify.annotations.NullMarked;
