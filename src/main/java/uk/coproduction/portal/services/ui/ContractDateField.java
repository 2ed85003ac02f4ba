package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Locale;

/**
 * A contract date typed or picked in the UK form. Validated by the form on saving (manual validation), so a date the
 * field cannot read is reported with the form's other problems and never saved as "no date".
 */
class ContractDateField extends DatePicker {

    ContractDateField() {
        setLocale(Locale.UK);
        setManualValidation(true);
    }

    /** Something was typed that is not a date: the value reads as empty, but the words are still in the field. */
    boolean unreadable() {
        return isInputUnparsable();
    }
}
