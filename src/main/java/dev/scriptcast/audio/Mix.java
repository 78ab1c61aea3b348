package dev.scriptcast.audio;

/**
 * The finished soundtrack in a file (48 kHz; stereo when the music is stereo, else mono) with FFmpeg's EBU R128
 * measurement of it: integrated loudness, true peak, and how far the music sits below its unducked level while
 * the voice speaks (0 without music).
 */
public record Mix(PcmFile audio, double integratedLufs, double truePeakDbtp, double musicDuckDb) {}
