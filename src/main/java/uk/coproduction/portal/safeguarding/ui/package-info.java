@NullMarked
package uk.coproduction.portal.safeguarding.ui;

import org.jspecify.annotations.NullMarked;
