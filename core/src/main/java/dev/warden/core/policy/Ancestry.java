package dev.warden.core.policy;

import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The groups reached from some starting groups by following "is contained in" upwards, the starting groups
 * included, walked breadth-first on demand rather than stored: a chain of n nested groups would otherwise hold
 * n(n+1)/2 names. Immutable; iteration gives the breadth-first order.
 */
final class Ancestry extends AbstractSet<String> {

    private final List<String> start;
    private final Map<String, List<String>> parents;

    /**
     * @param start   the groups to start from
     * @param parents by group, the groups that list it as a member (never changed after this is made)
     */
    Ancestry(List<String> start, Map<String, List<String>> parents) {
        this.start = List.copyOf(start);
        this.parents = parents;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String name)) {
            return false;
        }
        if (start.contains(name)) {
            return true;
        }
        Iterator<String> it = iterator();
        while (it.hasNext()) {
            if (it.next().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private final Set<String> seen = new LinkedHashSet<>(start);
            private final Deque<String> queue = new ArrayDeque<>(seen);

            @Override
            public boolean hasNext() {
                return !queue.isEmpty();
            }

            @Override
            public String next() {
                String g = queue.poll();
                if (g == null) {
                    throw new NoSuchElementException();
                }
                for (String parent : parents.getOrDefault(g, List.of())) {
                    if (seen.add(parent)) {
                        queue.add(parent);
                    }
                }
                return g;
            }
        };
    }

    @Override
    public int size() {
        int n = 0;
        for (Iterator<String> it = iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
