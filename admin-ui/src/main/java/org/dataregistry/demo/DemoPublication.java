package org.dataregistry.demo;

import org.dataregistry.job.JobStore;
import org.dataregistry.job.JobWorkflows;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseRepository;
import org.dataregistry.publication.Collector;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.publication.UpdateFrequency;
import org.dataregistry.task.TaskType;
import org.dataregistry.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the first start of an empty registry, adds a demo publication whose source is {@link DemoSource} on this very
 * app, and runs its first job: collect (8 pages), process, pull, export and flatten, all offline.
 */
@Component
class DemoPublication {

    private static final Logger log = LoggerFactory.getLogger(DemoPublication.class);

    private final DemoProperties properties;
    private final PublicationRepository publications;
    private final LicenseRepository licenses;
    private final JobStore jobs;
    private final JobWorkflows workflows;
    private final TransactionTemplate transactions;

    DemoPublication(
            DemoProperties properties,
            PublicationRepository publications,
            LicenseRepository licenses,
            JobStore jobs,
            JobWorkflows workflows,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.publications = publications;
        this.licenses = licenses;
        this.jobs = jobs;
        this.workflows = workflows;
        this.transactions = transactions;
    }

    /** Once the web server listens (the demo source is on it) and the Temporal worker runs. */
    @EventListener
    void addToAnEmptyRegistry(ApplicationReadyEvent event) {
        if (!properties.enabled() || publications.count() > 0) {
            return;
        }
        int port = ((WebServerApplicationContext) event.getApplicationContext())
                .getWebServer()
                .getPort();
        long jobId = transactions.execute(
                status -> jobs.create(publications.save(demo(port)).getId()));
        workflows.start(jobId, TaskType.COLLECT);
        log.info("Added the demo publication and started its first job ({})", jobId);
    }

    private Publication demo(int port) {
        License license = new License();
        license.setName(Translations.english("Open Data Commons Public Domain Dedication and License (PDDL)"));
        license.setUrl("http://opendatacommons.org/licenses/pddl/1.0/");

        Publication demo = new Publication();
        demo.setTitle("Sample OCDS data");
        demo.setSourceId("demo");
        demo.setCollector(Collector.HTTP);
        demo.setSourceUrl("http://localhost:" + port + DemoSource.FIRST_PAGE);
        demo.setCountry(new Translations("Demo", "Demostración", "Демонстрация"));
        demo.setLanguage(Translations.english("English"));
        demo.setRegion(Region.EU);
        demo.setUpdateFrequency(UpdateFrequency.MONTHLY);
        demo.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
        demo.setDescription(new Translations(
                "Sample data of the Open Contracting Data Standard, served by this registry itself so that a first job "
                        + "runs end to end without any network. Delete it once you have added your own publications.",
                "Datos de muestra del Estándar de Datos de Contrataciones Abiertas, servidos por este mismo registro "
                        + "para que un primer trabajo se ejecute de principio a fin sin red. Elimínela cuando haya "
                        + "añadido sus propias publicaciones.",
                "Образец данных по Стандарту данных открытых контрактов, который отдаёт сам реестр, чтобы первое "
                        + "задание прошло целиком без сети. Удалите его, когда добавите свои публикации."));
        demo.setAdditionalData(new Translations(
                "Planning, tender, awards, contracts and implementation.",
                "Planeación, licitación, adjudicaciones, contratos e implementación.",
                "Планирование, тендер, присуждения, контракты и исполнение."));
        demo.setSummary(Translations.english("A handful of fictional contracting processes, complete in every "
                + "section: useful to see what a publication's page shows, not to analyse."));
        demo.setLicenseId(licenses.save(license).getId());
        demo.setPublished(true);
        return demo;
    }
}
