@NullMarked
package uk.coproduction.portal.themes.ui;

import org.jspecify.annotations.NullMarked;
