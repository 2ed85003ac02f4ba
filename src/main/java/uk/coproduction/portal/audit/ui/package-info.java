@NullMarked
package uk.coproduction.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
