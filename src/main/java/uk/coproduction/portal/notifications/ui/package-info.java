@NullMarked
package uk.coproduction.portal.notifications.ui;

import org.jspecify.annotations.NullMarked;
