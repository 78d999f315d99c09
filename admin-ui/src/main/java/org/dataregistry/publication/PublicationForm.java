package org.dataregistry.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.PropertyId;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.collect.SpiderChoices;
import org.dataregistry.form.Choices;
import org.dataregistry.form.FieldProblems;
import org.dataregistry.form.FormBinder;
import org.dataregistry.job.JobSummary;
import org.dataregistry.license.License;
import org.dataregistry.settings.SettingsBundle;
import org.dataregistry.time.UtcTime;
import org.dataregistry.translation.TranslatedField;

/**
 * Edits every field of a publication, in the original admin's four fieldsets (Management, Basics, Overview,
 * Details), and offers the actions on it: save, publish or unpublish, freeze or unfreeze, run a job now, delete.
 */
public class PublicationForm extends Composite<VerticalLayout> {

    final SourceIdField sourceId = new SourceIdField("Source ID");
    final Select<Collector> collector = Choices.required("Collector", List.of(Collector.values()), Collector::label);

    @PropertyId("settingsBundleId")
    final ReferencePicker settingsBundle = new ReferencePicker("Settings bundle");

    final Select<RetrievalFrequency> retrievalFrequency = Choices.optional(
            "Retrieval frequency", List.of(RetrievalFrequency.values()), RetrievalFrequency::label, "Not set");

    @PropertyId("activeJobId")
    final ReferencePicker activeJob = new ReferencePicker("Active job");

    final DatePicker lastRetrieved = new DatePicker("Last retrieved");
    final Checkbox frozen = new Checkbox("Frozen");
    final Checkbox published = new Checkbox("Public");

    final TextField title = new TextField("Title");
    final TranslatedField country = TranslatedField.text("Country");
    final FlagPicker countryFlag;
    final Select<Region> region = Choices.optional("Region", List.of(Region.values()), Region::label, "Not set");

    final TranslatedField language = TranslatedField.text("Language");
    final TextField ocidPrefix = new TextField("OCID prefix");
    final DatePicker dateFrom = new DatePicker("Minimum release date");
    final DatePicker dateTo = new DatePicker("Maximum release date");
    final Select<UpdateFrequency> updateFrequency =
            Choices.required("Update frequency", List.of(UpdateFrequency.values()), UpdateFrequency::label);

    @PropertyId("licenseId")
    final ReferencePicker license = new ReferencePicker("Data license");

    final TextField publicationPolicy = new TextField("Publication policy");
    final TextField sourceUrl = new TextField("Source URL");

    final TranslatedField description = TranslatedField.markdown("Description");
    final TranslatedField descriptionLong = TranslatedField.markdown("Description long");
    final TranslatedField additionalData = TranslatedField.markdown("Data availability");
    final TranslatedField summary = TranslatedField.markdown("Quality summary");
    final DatePicker lastReviewed = new DatePicker("Last reviewed");
    final TranslatedField noDataRationale = TranslatedField.markdown("No data rationale");

    final Button save = new Button("Save");
    final Button close = new Button("Close");
    final Button delete = new Button("Delete");
    final Button runNow = new Button("Run now");
    /** The publication's public page, as visitors see it (a new tab; hidden for a publication not saved yet). */
    final Anchor publicPage = new Anchor("", "View public page");

    private final Map<PublicationSwitch, Button> switches = new EnumMap<>(PublicationSwitch.class);

    private final Binder<Publication> binder = FormBinder.of(Publication.class);
    private Publication publication;

    private final SpiderChoices spiders;

    /** A form offering these flags, licenses, settings bundles and spiders. */
    public PublicationForm(
            List<String> flags, List<License> licenses, List<SettingsBundle> settingsBundles, SpiderChoices spiders) {
        this.spiders = spiders;
        sourceId.setSpiders(spiders.spiders());
        countryFlag = new FlagPicker("Country flag", flags);
        license.setChoices(licenses, License::getId, choice -> choice.getName().getEn());
        settingsBundle.setChoices(settingsBundles, SettingsBundle::getId, SettingsBundle::getName);
        configureFields();
        bindFields();
        getContent().setPadding(false);
        getContent()
                .add(
                        fieldset(
                                "Management",
                                sourceId,
                                collector,
                                settingsBundle,
                                retrievalFrequency,
                                activeJob,
                                lastRetrieved,
                                frozen,
                                published),
                        fieldset("Basics", title, country, countryFlag, region),
                        fieldset(
                                "Overview",
                                language,
                                ocidPrefix,
                                dateFrom,
                                dateTo,
                                updateFrequency,
                                license,
                                publicationPolicy,
                                sourceUrl),
                        fieldset(
                                "Details",
                                description,
                                descriptionLong,
                                additionalData,
                                summary,
                                lastReviewed,
                                noDataRationale),
                        buttons());
    }

    private void configureFields() {
        UtcTime.isoInput(lastRetrieved, dateFrom, dateTo, lastReviewed);
        updateSourceIdHelp();
        collector.addValueChangeListener(event -> updateSourceIdHelp());
        collector.setHelperText("How a job collects the data.");
        activeJob.setHelperText("The successful job whose data the public site shows.");
        lastRetrieved.setReadOnly(true);
        lastRetrieved.setHelperText("When the data was last collected successfully.");
        frozen.setHelperText("No job is scheduled automatically while the source is broken.");
        published.setHelperText("Anonymous visitors see it once it has an active job or a no-data rationale.");
        title.setHelperText("Without the country's name.");
        ocidPrefix.setHelperText("Overrides the prefix found in the data.");
        dateFrom.setHelperText("Overrides the date found in the data.");
        dateTo.setHelperText("Overrides the date found in the data.");
        license.setHelperText("When empty, the public site shows the license found in the data.");
        publicationPolicy.setPlaceholder("https://");
        sourceUrl.setPlaceholder("https://");
        lastReviewed.setHelperText("When the quality summary was last confirmed; the public site shows the month.");
        noDataRationale.setHelperText("Why there is no data yet; freeze the publication too.");
    }

    private void bindFields() {
        Binder.Binding<Publication, ?> dateRange = binder.forField(dateTo)
                .withValidator(to -> Publication.datesInOrder(dateFrom.getValue(), to), Publication.DATES_OUT_OF_ORDER)
                .bind("dateTo");
        dateFrom.addValueChangeListener(event -> dateRange.validate());
        Binder.Binding<Publication, ?> download = binder.forField(sourceUrl)
                .withValidator(
                        url -> Publication.sourceUrlGivenFor(collector.getValue(), url), Publication.SOURCE_URL_NEEDED)
                .bind("sourceUrl");
        collector.addValueChangeListener(event -> download.validate());
        binder.forField(countryFlag).withNullRepresentation("").bind("countryFlag");
        binder.forField(lastRetrieved).bindReadOnly(Publication::getLastRetrieved);
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(event -> updateSwitches());
    }

    /** Says why no spiders are offered, when the collector needs one. */
    private void updateSourceIdHelp() {
        String help = "The Kingfisher Collect spider, or a short name for the downloaded files.";
        if (spiders.problem() != null && collector.getValue() == Collector.SCRAPYD) {
            help += " No spiders to choose from: " + spiders.problem() + ".";
        }
        sourceId.setHelperText(help);
    }

    private static FieldSet fieldset(String legend, Component... fields) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            layout.add(field, field instanceof TranslatedField ? 2 : 1);
        }
        return new FieldSet(legend, layout);
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(event -> validateAndSave());
        delete.addClickListener(event -> fireEvent(new DeleteEvent(this, publication)));
        close.addClickListener(event -> fireEvent(new CloseEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save);
        // Always in view at the bottom of the page, however far down the form is scrolled (styles.css).
        buttons.addClassName("form-buttons");
        buttons.setWrap(true);
        buttons.setWidthFull();
        for (PublicationSwitch each : PublicationSwitch.values()) {
            Button button = new Button();
            button.addClickListener(event -> fireEvent(new SwitchEvent(this, publication, each)));
            switches.put(each, button);
            buttons.add(button);
        }
        runNow.addClickListener(event -> fireEvent(new RunNowEvent(this, publication)));
        runNow.setVisible(false);
        publicPage.setTarget(AnchorTarget.BLANK);
        publicPage.setRouterIgnore(true);
        publicPage.getStyle().set("align-self", "center");
        buttons.add(runNow, delete, close, publicPage);
        return buttons;
    }

    /**
     * Shows {@code publication} for editing, offering {@code successfulJobs} as its active job. {@code editable}
     * false shows it read-only; the switches and delete are offered on a stored publication only.
     */
    public void edit(Publication publication, List<JobSummary> successfulJobs, boolean editable, boolean deletable) {
        this.publication = publication;
        activeJob.setChoices(successfulJobs, JobSummary::id, JobSummary::label);
        binder.readBean(publication);
        binder.setReadOnly(!editable);
        boolean stored = publication.getId() != null;
        List.of(frozen, published).forEach(checkbox -> checkbox.setReadOnly(!editable || stored));
        save.setVisible(editable);
        switches.values().forEach(button -> button.setVisible(editable && stored));
        delete.setVisible(deletable && stored);
        publicPage.setVisible(stored);
        publicPage.setHref(stored ? "/en/publication/" + publication.getId() : "");
        updateSwitches();
    }

    /** Offers "Run now" (for a stored publication, to those who may run jobs). */
    public void offerRunNow(boolean offered) {
        runNow.setVisible(offered && publication.getId() != null);
    }

    /** The button that flips {@code toggle} (for tests). */
    Button switchButton(PublicationSwitch toggle) {
        return switches.get(toggle);
    }

    /** Switches and "Run now" act on the stored publication, so they wait until the form's changes are saved. */
    private void updateSwitches() {
        boolean unsaved = binder.hasChanges();
        runNow.setEnabled(!unsaved);
        runNow.setTooltipText(unsaved ? "Save your changes first." : "Collect and publish its data now.");
        switches.forEach((toggle, button) -> {
            PublicationSwitch.Flip flip = toggle.to(!toggle.isOn(publication));
            button.setText(flip.action());
            button.setEnabled(!unsaved);
            button.setTooltipText(unsaved ? "Save your changes first." : flip.consequence());
        });
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(publication)) {
            fireEvent(new SaveEvent(this, publication));
        } else {
            FieldProblems.pointOut(getContent());
        }
    }

    public abstract static class PublicationFormEvent extends ComponentEvent<PublicationForm> {
        private final Publication publication;

        protected PublicationFormEvent(PublicationForm source, Publication publication) {
            super(source, false);
            this.publication = publication;
        }

        public Publication getPublication() {
            return publication;
        }
    }

    public static class SaveEvent extends PublicationFormEvent {
        SaveEvent(PublicationForm source, Publication publication) {
            super(source, publication);
        }
    }

    public static class DeleteEvent extends PublicationFormEvent {
        DeleteEvent(PublicationForm source, Publication publication) {
            super(source, publication);
        }
    }

    public static class CloseEvent extends PublicationFormEvent {
        CloseEvent(PublicationForm source) {
            super(source, null);
        }
    }

    /** Asks to flip one of the publication's switches. */
    public static class SwitchEvent extends PublicationFormEvent {
        private final PublicationSwitch toggle;

        SwitchEvent(PublicationForm source, Publication publication, PublicationSwitch toggle) {
            super(source, publication);
            this.toggle = toggle;
        }

        PublicationSwitch getSwitch() {
            return toggle;
        }
    }

    /** Asks to run a job for the stored publication now. */
    public static class RunNowEvent extends PublicationFormEvent {
        RunNowEvent(PublicationForm source, Publication publication) {
            super(source, publication);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    public Registration addRunNowListener(ComponentEventListener<RunNowEvent> listener) {
        return addListener(RunNowEvent.class, listener);
    }

    public Registration addSwitchListener(ComponentEventListener<SwitchEvent> listener) {
        return addListener(SwitchEvent.class, listener);
    }
}
