@NullMarked
package uk.coproduction.portal.help.ui;

import org.jspecify.annotations.NullMarked;
