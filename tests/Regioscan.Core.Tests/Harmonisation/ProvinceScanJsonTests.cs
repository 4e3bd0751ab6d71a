using Regioscan.Core.Harmonisation;
using Regioscan.Core.Tests.Validation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class ProvinceScanJsonTests
{
    [Fact]
    public void A_scan_survives_a_round_trip()
    {
        var scan = ScanValidatorGoldenTests.Validate("good/dutch-excel.csv", "PV21").Scan!;
        using var stream = new MemoryStream();

        ProvinceScanJson.Write(scan, stream);
        stream.Position = 0;
        var read = ProvinceScanJson.Read(stream);

        Assert.Equal(ProvinceScanJson.ToJson(scan), ProvinceScanJson.ToJson(read));
        Assert.Equal(scan.Initiatives[0].ContactEmail, read.Initiatives[0].ContactEmail);
    }

    [Fact]
    public void The_private_scan_keeps_the_contact_fields_in_snake_case()
    {
        var json = ProvinceScanJson.ToJson(ScanValidatorGoldenTests.Validate("good/dutch-excel.csv", "PV21").Scan!);

        Assert.Contains("\"contact_email\": \"s.devries@example.frl\"", json, StringComparison.Ordinal);
        Assert.Contains("\"province_name\": \"Fryslân\"", json, StringComparison.Ordinal);
    }
}
