package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.publication.PublicationsTest.completedJob;
import static org.dataregistry.publication.PublicationsTest.publication;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.collect.SpiderChoices;
import org.dataregistry.job.JobFixtures;
import org.dataregistry.job.JobView;
import org.dataregistry.markdown.MarkdownEditor;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.TranslatedField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class PublicationViewTest extends SpringBrowserlessTest {

    @Autowired
    PublicationRepository repository;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFixtures jobs;

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void invalidInputShowsTheProblemsNextToTheFieldsAndSavesNothing() {
        PublicationForm form = openNew();

        test(form.sourceUrl).setValue("ftp://example.com/data.json");
        test(form.dateFrom).setValue(LocalDate.of(2024, 6, 1));
        test(form.dateTo).setValue(LocalDate.of(2024, 1, 1));
        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(form.sourceId.isInvalid()).isTrue();
        assertThat(form.sourceId.getErrorMessage()).startsWith("Enter the source ID");
        assertThat(form.sourceUrl.getErrorMessage())
                .isEqualTo("Enter a web address starting with http:// or https://.");
        assertThat(form.dateTo.isInvalid()).isTrue();
        assertThat(form.dateTo.getErrorMessage()).isEqualTo(Publication.DATES_OUT_OF_ORDER);
        assertThat(repository.count()).isZero();
        assertThat(getCurrentView()).isInstanceOf(PublicationView.class);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void savingWithErrorsLeadsToTheFirstMarkedFieldAndCountsThem() {
        PublicationForm form = openNew();
        test(form.sourceUrl).setValue("ftp://example.com/data.json");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(form.save).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Not saved: correct the 3 marked fields.");
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(javaScript(calls, form.sourceId)).contains("scrollIntoView()", "focus");
        assertThat(javaScript(calls, form.title)).doesNotContain("focus");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void datePickersShowAndReadIsoDates() {
        PublicationForm form = openNew();

        for (DatePicker picker : List.of(form.dateFrom, form.dateTo, form.lastReviewed, form.lastRetrieved)) {
            assertThat(picker.getI18n().getDateFormats()).as(picker.getLabel()).containsExactly("yyyy-MM-dd");
            assertThat(picker.getPlaceholder()).isEqualTo("yyyy-MM-dd");
        }
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void withoutScrapydANewPublicationIsCollectedByTheBuiltInDownload() {
        PublicationForm form = openNew();

        assertThat(form.collector.getValue()).isEqualTo(Collector.HTTP);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aLanguageLeftUntranslatedIsMarkedAndTheLanguageShownIsPressed() {
        PublicationForm form = openNew();

        text(form.country, Language.EN).setValue("Mexico");
        assertThat(form.country.languageSwitch(Language.ES).getText()).isEqualTo("Español •");

        text(form.country, Language.ES).setValue("México");
        assertThat(form.country.languageSwitch(Language.ES).getText()).isEqualTo("Español");
        assertThat(form.country.languageSwitch(Language.ES).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(form.country.languageSwitch(Language.EN).getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(((Component) form.country.input(Language.EN)).isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void eachLanguagesInputIsNamedByItsFieldAndLanguage() {
        PublicationForm form = openNew();

        assertThat(((TextField) form.country.input(Language.ES)).getAriaLabel()).contains("Country (Español)");
        assertThat(markdownName(form.summary, Language.RU)).contains("Quality summary (Русский)");
        assertThat(markdownName(form.description, Language.EN)).contains("Description (English)");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void requiredFieldsAreMarkedBeforeAnythingIsTyped() {
        PublicationForm form = openNew();

        assertThat(form.title.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.sourceId.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.sourceUrl.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theBuiltInDownloadAsksForASourceUrl() {
        PublicationForm form = openNew();
        fillInRequiredFields(form);

        test(form.collector).selectItem(Collector.HTTP.label());
        test(form.save).click();

        assertThat(form.sourceUrl.isInvalid()).isTrue();
        assertThat(form.sourceUrl.getErrorMessage()).isEqualTo(Publication.SOURCE_URL_NEEDED);
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aValidPublicationIsSavedAndTheListShown() {
        PublicationForm form = openNew();
        fillInRequiredFields(form);
        text(form.country, Language.EN).setValue("México");
        text(form.country, Language.ES).setValue("México");
        test(form.retrievalFrequency).selectItem("Every 2 weeks");
        test(form.sourceUrl).setValue("https://example.com/tenders.json");

        test(form.save).click();

        assertThat(repository.findAll()).singleElement().satisfies(saved -> {
            assertThat(saved.getTitle()).isEqualTo("City tenders");
            assertThat(saved.getSourceId()).isEqualTo("city_tenders");
            assertThat(saved.getCountry().getEs()).isEqualTo("México");
            assertThat(saved.getRetrievalFrequency()).isEqualTo(RetrievalFrequency.BIWEEKLY);
        });
        assertThat(getCurrentView()).isInstanceOf(PublicationListView.class);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void markdownIsPreviewedAsTyped() {
        PublicationForm form = openNew();

        test(markdown(form.description, Language.EN)).setValue("Covers **all** tenders.");

        assertThat(find(Html.class).from(form.description).all())
                .anySatisfy(preview -> assertThat(preview.getInnerHtml()).contains("<strong>all</strong>"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theFlagPickerOffersTheFlagFiles() {
        PublicationForm form = openNew();

        test(form.countryFlag).setFilter("pt.s");

        assertThat(test(form.countryFlag).getSuggestions()).containsExactly("pt.svg");
        test(form.countryFlag).selectItem("pt.svg");
        assertThat(form.countryFlag.getValue()).isEqualTo("pt.svg");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theActiveJobIsChosenAmongThePublicationsSuccessfulJobs() {
        Publication saved = repository.save(publication("Tenders"));
        long job = completedJob(jdbc, saved.getId());
        PublicationForm form = open(saved.getId());

        test(form.activeJob).selectItem("2026-11-01 .. 2026-11-02 (" + job + ")");
        test(form.save).click();

        assertThat(repository.findById(saved.getId()).orElseThrow().getActiveJobId())
                .isEqualTo(job);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void freezingAsksForConfirmation() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);
        Button freeze = form.switchButton(PublicationSwitch.FROZEN);
        assertThat(freeze.getText()).isEqualTo("Freeze");

        test(freeze).click();
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(repository.findById(id).orElseThrow().isFrozen()).isFalse();

        test(freeze).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(repository.findById(id).orElseThrow().isFrozen()).isTrue();
        assertThat(auditLog.find(AuditFilter.ALL, 0, 1).getFirst().action()).isEqualTo(AuditAction.FREEZE);
        assertThat(freeze.getText()).isEqualTo("Unfreeze");
        assertThat(form.frozen.getValue()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theSwitchesWaitUntilTheFormIsSaved() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);

        test(form.title).setValue("Public tenders");

        assertThat(form.switchButton(PublicationSwitch.PUBLIC).isEnabled()).isFalse();
        assertThat(form.switchButton(PublicationSwitch.FROZEN).isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorIsNotOfferedDelete() {
        long id = repository.save(publication("Tenders")).getId();

        assertThat(open(id).delete.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void superuserDeletesAfterConfirming() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);

        test(form.delete).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(repository.existsById(id)).isFalse();
        assertThat(getCurrentView()).isInstanceOf(PublicationListView.class);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerSeesThePublicationReadOnly() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);

        assertThat(form.title.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.switchButton(PublicationSwitch.PUBLIC).isVisible()).isFalse();
        assertThat(form.delete.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void anOperatorRunsAJobNowFromTheForm() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);

        test(form.runNow).click();
        test(find(ConfirmDialog.class).single()).confirm();

        long job = jobs.jobsOf(id).getFirst();
        assertThat(getCurrentView())
                .isInstanceOfSatisfying(
                        JobView.class, view -> assertThat(view.getPageTitle()).endsWith("(" + job + ")"));
        assertThat(auditLog.find(AuditFilter.ALL, 0, 1).getFirst().action()).isEqualTo(AuditAction.RUN);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR"})
    void runNowWaitsUntilTheFormIsSaved() {
        long id = repository.save(publication("Tenders")).getId();
        PublicationForm form = open(id);

        test(form.title).setValue("Public tenders");

        assertThat(test(form.runNow).isUsable()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void onlyOperatorsAreOfferedRunNow() {
        long id = repository.save(publication("Tenders")).getId();

        assertThat(open(id).runNow.isVisible()).isFalse();
        assertThat(openNew().runNow.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aSavedPublicationLinksToItsPublicPage() {
        long id = repository.save(publication("Tenders")).getId();

        PublicationForm form = open(id);
        assertThat(form.publicPage.isVisible()).isTrue();
        assertThat(form.publicPage.getHref()).isEqualTo("/en/publication/" + id);
        assertThat(openNew().publicPage.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theSourceIdIsTypedInWhenScrapydCannotListItsSpiders() {
        PublicationForm form = openNew();
        fillInRequiredFields(form);

        test(form.collector).selectItem(Collector.SCRAPYD.label());
        assertThat(form.sourceId.getHelperText()).contains("No spiders to choose from: Scrapyd is not configured");
        test(form.save).click();

        assertThat(repository.findAll())
                .singleElement()
                .satisfies(saved -> assertThat(saved.getSourceId()).isEqualTo("city_tenders"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theSourceIdOffersScrapydsSpidersAndTheCurrentValue() {
        PublicationForm form = new PublicationForm(
                List.of(),
                List.of(),
                List.of(),
                new SpiderChoices(List.of("paraguay_dncp_releases", "mexico_cdmx"), null));
        Publication publication = publication("Tenders");
        publication.setSourceId("an_old_spider");
        form.edit(publication, List.of(), true, false);
        UI.getCurrent().add(form);

        assertThat(test(form.sourceId).getSuggestions())
                .containsExactly("an_old_spider", "mexico_cdmx", "paraguay_dncp_releases");
        test(form.sourceId).selectItem("mexico_cdmx");
        assertThat(form.sourceId.getValue()).isEqualTo("mexico_cdmx");
        assertThat(form.sourceId.getHelperText()).doesNotContain("No spiders");
        type(form.sourceId, "  brand_new_spider ");
        assertThat(form.sourceId.getValue()).isEqualTo("brand_new_spider");
    }

    /** The JavaScript among {@code calls} that the browser is to run on {@code field}'s element. */
    private static String javaScript(List<PendingJavaScriptInvocation> calls, Component field) {
        return calls.stream()
                .filter(call -> call.getOwner() == field.getElement().getNode())
                .map(call -> call.getInvocation().getExpression())
                .collect(Collectors.joining("\n"));
    }

    private static Optional<String> markdownName(TranslatedField field, Language language) {
        return ((MarkdownEditor) field.input(language)).getAriaLabel();
    }

    private PublicationForm openNew() {
        return navigate(PublicationView.NEW, PublicationView.class).form;
    }

    private PublicationForm open(long id) {
        return navigate("publications/" + id, PublicationView.class).form;
    }

    private void fillInRequiredFields(PublicationForm form) {
        test(form.title).setValue("City tenders");
        type(form.sourceId, "city_tenders");
    }

    /** Types a value that is not among the combo box's choices, as a user does, and leaves the field. */
    private static void type(ComboBox<String> field, String value) {
        ComponentUtil.fireEvent(field, new ComboBoxBase.CustomValueSetEvent<>(field, true, value));
    }

    /** The field's input in {@code language}, after switching to that language. */
    private TextFieldTester<TextField, String> text(TranslatedField field, Language language) {
        test(field.languageSwitch(language)).click();
        return test((TextField) field.input(language));
    }

    private TextArea markdown(TranslatedField field, Language language) {
        return find(TextArea.class).from((Component) field.input(language)).single();
    }
}
