@NullMarked
package uk.coproduction.portal.frontline.ui;

import org.jspecify.annotations.NullMarked;
