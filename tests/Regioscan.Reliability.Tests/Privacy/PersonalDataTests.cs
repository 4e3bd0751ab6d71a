using System.Text.RegularExpressions;
using Regioscan.Cli;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Privacy;

/// <summary>
/// The demo publishes two releases from scans that hold contact persons, e-mail addresses and phone numbers.
/// None of them, nor the contact columns' names, appears in any published file; CSV cells never start a formula.
/// </summary>
public sealed partial class PersonalDataTests(ITestOutputHelper output)
{
    private static readonly string[] ContactColumns = [ScanTemplate.ContactPerson, ScanTemplate.ContactEmail, ScanTemplate.ContactPhone];

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    [Fact]
    public async Task No_contact_value_or_contact_column_appears_in_any_published_file_and_no_csv_cell_starts_a_formula()
    {
        using var folder = new TempDirectory("privacy");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["demo", "--store", folder.FullPath], stdout, stderr));

        // The contact values the private scans hold.
        var contacts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scanFile in Directory.EnumerateFiles(Path.Combine(folder.FullPath, Containers.Scans), StagedScanJson.InitiativesName, SearchOption.AllDirectories))
        {
            await using var stream = File.OpenRead(scanFile);
            await foreach (var row in StagedScanJson.ReadInitiativesAsync(stream))
            {
                var initiative = row.Initiative;
                foreach (var value in new[] { initiative.ContactPerson, initiative.ContactEmail, initiative.ContactPhone })
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        contacts.Add(value);
                    }
                }
            }
        }

        Assert.True(contacts.Count > 50, $"the demo scans hold {contacts.Count} contact values; the test needs some to look for");

        var releaseFiles = Directory.EnumerateFiles(Path.Combine(folder.FullPath, Containers.Releases), "*", SearchOption.AllDirectories).ToList();
        var found = new List<string>();
        var formulaCells = new List<string>();
        foreach (var file in releaseFiles)
        {
            var visible = PublishedFiles.Visible(file);
            var relative = Path.GetRelativePath(folder.FullPath, file);
            found.AddRange(contacts.Where(c => visible.Contains(c, StringComparison.Ordinal)).Select(c => $"{relative}: '{c}'"));
            found.AddRange(ContactColumns.Where(c => visible.Contains(c, StringComparison.OrdinalIgnoreCase)).Select(c => $"{relative}: column '{c}'"));
            found.AddRange(EmailAddress().Matches(visible).Select(m => m.Value).Where(m => m.EndsWith(".example", StringComparison.Ordinal)).Select(m => $"{relative}: address '{m}'"));
            if (file.EndsWith(".csv", StringComparison.Ordinal))
            {
                var (header, rows) = PublishedFiles.ReadCsv(file);
                formulaCells.AddRange(header.Concat(rows.SelectMany(r => r)).Where(PublishedFiles.StartsFormula).Select(c => $"{relative}: '{c}'"));
            }
        }

        output.WriteLine($"{releaseFiles.Count} published files scanned for {contacts.Count} contact values and {ContactColumns.Length} column names: {found.Count} found; {formulaCells.Count} CSV cells start a formula");
        Assert.Empty(found);
        Assert.Empty(formulaCells);
    }
}
