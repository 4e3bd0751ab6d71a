namespace Regioscan.Core.Demo;

/// <summary>One sample scan file as a province would upload it.</summary>
/// <param name="ProvinceCode">The upload folder it belongs in, <c>PV20</c> … <c>PV31</c>.</param>
/// <param name="FileName">The file name, e.g. <c>Regioscan_Groningen_2023.csv</c>.</param>
/// <param name="Content">The raw bytes, in the file's own encoding and dialect.</param>
/// <param name="Description">What the file holds and which dialect and quirks it shows, for people.</param>
public sealed record DemoUpload(string ProvinceCode, string FileName, byte[] Content, string Description);
