@NullMarked
package uk.coproduction.portal.home.ui;

import org.jspecify.annotations.NullMarked;
