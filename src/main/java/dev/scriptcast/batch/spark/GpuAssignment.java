package dev.scriptcast.batch.spark;

import dev.scriptcast.batch.Assigned;
import java.util.Map;
import org.apache.spark.resource.ResourceInformation;

/**
 * The GPU Spark gave a task, as the setting the lip-sync model reads. Spark does not narrow the devices a task's
 * process sees, so the address must be the CUDA device index, as {@code scripts/gpu-discovery.sh} lists them.
 */
final class GpuAssignment {
    static final String RESOURCE = "gpu";

    private GpuAssignment() {}

    /** {@code avatar.gpu} = the first "gpu" address among a task's resources; nothing when it was given no GPU. */
    static Assigned from(Map<String, ResourceInformation> resources) {
        ResourceInformation gpu = resources.get(RESOURCE);
        if (gpu == null || gpu.addresses().length == 0) {
            return Assigned.NONE;
        }
        return new Assigned(Map.of("avatar.gpu", gpu.addresses()[0].strip()), "from the GPU Spark assigned");
    }
}
