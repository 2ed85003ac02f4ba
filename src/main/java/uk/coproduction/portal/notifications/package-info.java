@NullMarked
package uk.coproduction.portal.notifications;

import org.jspecify.annotations.NullMarked;
