@NullMarked
package uk.coproduction.portal.yousaid.ui;

import org.jspecify.annotations.NullMarked;
