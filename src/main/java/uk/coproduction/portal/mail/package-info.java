@NullMarked
package uk.coproduction.portal.mail;

import org.jspecify.annotations.NullMarked;
