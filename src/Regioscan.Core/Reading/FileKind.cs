namespace Regioscan.Core.Reading;

/// <summary>What an upload turned out to be, judged from its first bytes.</summary>
public enum FileKind
{
    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>Text: read as CSV.</summary>
    Text,

    /// <summary>An Excel workbook (Office Open XML, a ZIP archive).</summary>
    Xlsx,

    /// <summary>Another ZIP archive.</summary>
    Zip,

    /// <summary>A Word or PowerPoint document (Office Open XML, a ZIP archive like a workbook, with <c>word/</c> or <c>ppt/</c> parts).</summary>
    OfficeDocument,

    /// <summary>An old Excel 97–2003 workbook or another OLE2 compound file.</summary>
    Xls,

    /// <summary>A workbook saved with a password: Office encrypts it into an OLE2 compound file.</summary>
    EncryptedWorkbook,

    /// <summary>A PDF document.</summary>
    Pdf,

    /// <summary>Other binary content (NUL or other control bytes).</summary>
    Binary,

    /// <summary>An OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save it: a ZIP archive too.</summary>
    OpenDocumentSpreadsheet,
}
