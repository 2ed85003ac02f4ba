@NullMarked
package uk.coproduction.portal.recommissioning.ui;

import org.jspecify.annotations.NullMarked;
