package org.dataregistry.ocds.flatten;

import java.util.Arrays;

/** A growable byte array, written at its end; varints are unsigned LEB128. Not thread-safe. */
final class ByteSink {

    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** The bytes, valid from 0 to {@link #length()}. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Forgets the content, keeping the array. */
    void clear() {
        length = 0;
    }

    void write(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    void write(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    /** Writes a non-negative int in 1 to 5 bytes, 7 bits at a time, low bits first. */
    void writeVarint(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            bytes[length++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[length++] = (byte) value;
    }

    /** Reserves four bytes for an int written later with {@link #setInt}; returns their position. */
    int reserveInt() {
        ensure(4);
        length += 4;
        return length - 4;
    }

    /** Writes a big-endian int at {@code position}. */
    void setInt(int position, int value) {
        bytes[position] = (byte) (value >>> 24);
        bytes[position + 1] = (byte) (value >>> 16);
        bytes[position + 2] = (byte) (value >>> 8);
        bytes[position + 3] = (byte) value;
    }

    /** Makes room for {@code count} more bytes. */
    void ensure(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }

    /** A copy of the content, trimmed to its length. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }
}
