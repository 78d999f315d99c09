package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAddressesTest {

    private static final SourceAddresses NONE_ALLOWED = SourceAddresses.allowing(List.of());

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "::1, loopback", "10.1.2.3, private", "172.16.0.1, private",
        "192.168.1.1, private", "100.64.0.1, private", "169.254.169.254, link-local", "fe80::1, link-local",
        "fc00::1, unique-local", "fd12:3456::1, unique-local", "224.0.0.1, multicast", "ff02::1, multicast",
        "0.0.0.0, unspecified", "::, unspecified", "::ffff:127.0.0.1, loopback"
    })
    void internalAddressesAreRefused(String address, String kind) throws UnknownHostException {
        assertThat(NONE_ALLOWED.refusal("example.org", InetAddress.getByName(address)))
                .hasValueSatisfying(reason -> assertThat(reason).contains(", a " + kind + " address"));
    }

    @ParameterizedTest
    @CsvSource({"93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertThat(NONE_ALLOWED.refusal("example.org", InetAddress.getByName(address)))
                .isEmpty();
    }

    @Test
    void allowedHostsNameHostsAddressesAndRanges() throws UnknownHostException {
        SourceAddresses allowed =
                SourceAddresses.allowing(List.of(" Intranet.example ", "10.0.0.0/8", "fd00::/8", "192.168.1.5"));

        assertThat(allowed.refusal("intranet.example", InetAddress.getByName("172.16.0.1")))
                .isEmpty();
        assertThat(allowed.refusal("data.example", InetAddress.getByName("10.200.0.1")))
                .isEmpty();
        assertThat(allowed.refusal("data.example", InetAddress.getByName("fd00::5")))
                .isEmpty();
        assertThat(allowed.refusal("data.example", InetAddress.getByName("192.168.1.5")))
                .isEmpty();
        assertThat(allowed.refusal("data.example", InetAddress.getByName("192.168.1.6")))
                .isPresent();
        assertThat(allowed.refusal("data.example", InetAddress.getByName("169.254.169.254")))
                .isPresent();
    }

    @Test
    void anEntryThatIsNoHostNorRangeIsRejectedAtStart() {
        assertThatThrownBy(() -> SourceAddresses.allowing(List.of("10.0.0.0/33")))
                .hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> SourceAddresses.allowing(List.of("http://intranet/")))
                .hasMessageContaining("http://intranet/");
    }
}
