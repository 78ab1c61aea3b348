/*
 * A stand-in for libnvidia-ml.so.1 with the signatures of nvml.h, so the FFM binding's calls, struct reading and
 * error paths run without a GPU. One device; it reports the calling process as busy on SM and NVDEC.
 * Built with -DINIT_RESULT=9 its nvmlInit_v2 fails the way a machine without a loaded driver does.
 */
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#ifndef INIT_RESULT
#define INIT_RESULT 0
#endif

typedef struct { unsigned int gpu; unsigned int memory; } nvmlUtilization_t;
typedef struct { unsigned long long total; unsigned long long free; unsigned long long used; } nvmlMemory_t;
typedef struct {
    unsigned int pid;
    unsigned long long timeStamp;
    unsigned int smUtil, memUtil, encUtil, decUtil;
} nvmlProcessUtilizationSample_t;

static int device_token = 7;

const char *nvmlErrorString(int result) {
    switch (result) {
        case 0: return "Success";
        case 3: return "Not Supported";
        case 6: return "Not Found";
        case 9: return "Driver Not Loaded";
        default: return "Unknown Error";
    }
}

int nvmlInit_v2(void) { return INIT_RESULT; }
int nvmlShutdown(void) { return 0; }
int nvmlDeviceGetCount_v2(unsigned int *count) { *count = 1; return 0; }

int nvmlDeviceGetHandleByIndex_v2(unsigned int index, void **device) {
    if (index != 0) return 2;
    *device = &device_token;
    return 0;
}

int nvmlDeviceGetName(void *device, char *name, unsigned int length) {
    if (device != &device_token) return 2;
    snprintf(name, length, "Test GPU 80GB");
    return 0;
}

int nvmlSystemGetDriverVersion(char *version, unsigned int length) {
    snprintf(version, length, "580.159");
    return 0;
}

int nvmlDeviceGetUtilizationRates(void *device, nvmlUtilization_t *u) {
    u->gpu = 37;
    u->memory = 11;
    return 0;
}

int nvmlDeviceGetMemoryInfo(void *device, nvmlMemory_t *m) {
    m->total = 80ULL << 30;
    m->used = 1ULL << 30;
    m->free = m->total - m->used;
    return 0;
}

int nvmlDeviceGetEncoderUtilization(void *device, unsigned int *util, unsigned int *periodUs) { return 3; }

int nvmlDeviceGetDecoderUtilization(void *device, unsigned int *util, unsigned int *periodUs) {
    *util = 42;
    *periodUs = 167000;
    return 0;
}

int nvmlDeviceGetProcessUtilization(void *device, nvmlProcessUtilizationSample_t *samples, unsigned int *count,
                                    unsigned long long lastSeen) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    unsigned long long now = (unsigned long long) tv.tv_sec * 1000000ULL + tv.tv_usec;
    if (now <= lastSeen) return 6;
    if (samples == NULL || *count < 2) { *count = 2; return 7; }
    samples[0] = (nvmlProcessUtilizationSample_t) {(unsigned int) getpid(), now, 55, 20, 0, 30};
    samples[1] = (nvmlProcessUtilizationSample_t) {1, now, 99, 99, 99, 99};
    *count = 2;
    return 0;
}
