package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            main,                                                   main
            contracts_implementation_transactions,                  contract_implemen_transactions
            contracts_implementation_transactions_payer_identifier, cont_impl_tran_paye_identifier
            tender_items_additionalClassifications,                 te_it_additionalClassifications
            abcdefghijklmnopqrstuvwxyzabcdefghij,                   abcdefghijklmnopqrstuvwxyzabcde
            a_abcdefghijklmnopqrstuvwxyzabcdefghij,                 abcdefghijklmnopqrstuvwxyzabcde
            """)
    void longNamesAreCutByFlatterersRule(String table, String expected) {
        assertThat(SheetNames.truncate(table)).isEqualTo(expected).hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void namesAreMadeValidAndUniqueIgnoringCase() {
        SheetNames names = new SheetNames();

        assertThat(names.sheetFor("awards")).isEqualTo("awards");
        assertThat(names.sheetFor("Awards")).isEqualTo("Awards~2");
        assertThat(names.sheetFor("a/b:c")).isEqualTo("a_b_c");
        assertThat(names.sheetFor("contracts_implementation_transactions")).isEqualTo("contract_implemen_transactions");
        assertThat(names.sheetFor("contracts_implementation_transactionsX"))
                .isEqualTo("contract_implemen_transactionsX");
        assertThat(names.sheetFor("contracts_implementations_transactions"))
                .isEqualTo("contract_implemen_transaction~2");
    }
}
