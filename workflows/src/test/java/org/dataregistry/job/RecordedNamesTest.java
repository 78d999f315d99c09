package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import java.util.List;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.schedule.SchedulingActivities;
import org.junit.jupiter.api.Test;

/**
 * Temporal records workflow and activity type names in every history: Java names renamed since keep the recorded
 * names, so that workflows started before the rename go on.
 */
class RecordedNamesTest {

    @Test
    void theWipeWorkflowKeepsItsRecordedTypeName() {
        assertThat(POJOWorkflowInterfaceMetadata.newInstance(JobWipeWorkflow.class)
                        .getWorkflowType())
                .contains("JobArchiveWorkflow");
    }

    @Test
    void renamedActivitiesKeepTheirRecordedTypeNames() {
        assertThat(activityTypes(JobBookkeepingActivities.class)).contains("JobArchived");
        assertThat(activityTypes(SchedulingActivities.class)).contains("SchedulingJobsToArchive");
        assertThat(activityTypes(CollectActivities.class))
                .containsExactlyInAnyOrder("HttpCollectDownload", "HttpCollectWipe");
    }

    @Test
    void wipeWorkflowIdsKeepTheirRecordedPrefix() {
        assertThat(JobWorkflowIds.wipeOf(7)).isEqualTo("archive-job-7");
    }

    private static List<String> activityTypes(Class<?> activities) {
        return POJOActivityInterfaceMetadata.newInstance(activities).getMethodsMetadata().stream()
                .map(POJOActivityMethodMetadata::getActivityTypeName)
                .toList();
    }
}
