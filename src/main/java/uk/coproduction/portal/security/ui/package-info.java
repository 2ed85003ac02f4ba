@NullMarked
package uk.coproduction.portal.security.ui;

import org.jspecify.annotations.NullMarked;
