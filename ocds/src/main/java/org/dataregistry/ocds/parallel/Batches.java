package org.dataregistry.ocds.parallel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups a sequence into lists of a fixed size (the last may be shorter), lazily: work units for
 * {@link OrderedParallel}.
 */
public final class Batches {

    private Batches() {}

    /**
     * @param size the most items a batch holds, at least 1
     */
    public static <T> Iterator<List<T>> of(Iterator<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size " + size);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public List<T> next() {
                if (!items.hasNext()) {
                    throw new NoSuchElementException();
                }
                List<T> batch = new ArrayList<>(size);
                while (batch.size() < size && items.hasNext()) {
                    batch.add(items.next());
                }
                return batch;
            }
        };
    }
}
