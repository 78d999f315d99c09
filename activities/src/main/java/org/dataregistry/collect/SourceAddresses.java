package org.dataregistry.collect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a source may lead the collector to: any public address, and the internal ones (loopback, private,
 * link-local such as the cloud metadata service 169.254.169.254, unique-local, multicast, unspecified) only when the
 * host, its address or a range holding it is allowed ({@code data-registry.download.allowed-hosts}). Checked on the
 * addresses a connection is about to be made to, so that a host name cannot be re-pointed between a check and the
 * connection.
 */
final class SourceAddresses {

    /** Allows every address: for services the admin configured (Scrapyd), not for sources. */
    static final SourceAddresses ANY = new SourceAddresses(true, List.of(), List.of());

    private final boolean any;
    private final List<String> hosts;
    private final List<Range> ranges;

    private SourceAddresses(boolean any, List<String> hosts, List<Range> ranges) {
        this.any = any;
        this.hosts = hosts;
        this.ranges = ranges;
    }

    /**
     * @param allowed host names, addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) whose internal
     *     addresses a source may use
     * @throws IllegalArgumentException for an entry that is none of those
     */
    static SourceAddresses allowing(List<String> allowed) {
        List<String> hosts = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (String entry : allowed) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            Optional<Range> range = Range.parse(value);
            if (range.isPresent()) {
                ranges.add(range.get());
            } else if (value.matches("[a-z0-9._-]+")) {
                hosts.add(value);
            } else {
                throw new IllegalArgumentException("Not a host, address or CIDR range: " + entry);
            }
        }
        return new SourceAddresses(false, List.copyOf(hosts), List.copyOf(ranges));
    }

    /** Why the collector must not connect to {@code address} (which {@code host} resolved to), or empty if it may. */
    Optional<String> refusal(String host, InetAddress address) {
        Optional<String> kind = internalKind(address);
        if (any
                || kind.isEmpty()
                || hosts.contains(host.toLowerCase(Locale.ROOT))
                || ranges.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        return Optional.of(host + " is at " + address.getHostAddress() + ", a " + kind.get()
                + " address, which sources may not use unless DATA_REGISTRY_DOWNLOAD_ALLOWED_HOSTS allows it");
    }

    /** What kind of internal address {@code address} is, or empty for a public one. */
    static Optional<String> internalKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || (bytes.length == 4 && bytes[0] == 0)) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()
                || (bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64)) {
            return Optional.of("private");
        }
        if (bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    /** An address range in CIDR notation; a bare address is a range of one. */
    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String value) {
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            if (!address.contains(":") && !address.matches("[0-9.]+")) {
                return Optional.empty();
            }
            byte[] network;
            try {
                // A literal (checked above): no lookup.
                network = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an address: " + value, e);
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(value.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a CIDR range: " + value, e);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not a CIDR range: " + value);
                }
            }
            return Optional.of(new Range(network, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A connection refused before it was made: nothing was sent to, nor read from, the address. */
    static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String message) {
            super(message);
        }
    }
}
