@NullMarked
package uk.coproduction.portal.exports.ui;

import org.jspecify.annotations.NullMarked;
