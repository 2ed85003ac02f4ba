@NullMarked
package uk.coproduction.portal.base.i18n;

import org.jspecify.annotations.NullMarked;
