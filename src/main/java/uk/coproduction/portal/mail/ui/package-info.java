@NullMarked
package uk.coproduction.portal.mail.ui;

import org.jspecify.annotations.NullMarked;
