@NullMarked
package uk.coproduction.portal.privacy.ui;

import org.jspecify.annotations.NullMarked;
