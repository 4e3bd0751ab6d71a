using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Regioscan.Core.Model;

namespace Regioscan.Core.Releases.Staging;

/// <summary>
/// Makes staged rows from their JSON lines with <see cref="Utf8JsonReader"/> directly. The serializer's generated
/// metadata reads the same lines (it did before), but goes through a general object converter per row; publishing
/// parses every row of a release, so this reader is made for that: properties are expected in the order they are
/// written (any order is read), and codes, which repeat on every row, are shared strings rather than new ones.
/// It reads what the serializer reads: unknown properties are skipped, a missing required property or a value of
/// the wrong type is a <see cref="JsonException"/>.
/// </summary>
internal static class StagedRowReader
{
    /// <summary>Code lists shared by their JSON text (<c>["A","B"]</c>), bounded like <see cref="SharedStrings"/>.</summary>
    private static readonly SharedPool<string[]> SharedLists = new(256);

    private static readonly byte[][] ActivityNames =
    [
        "activity_id"u8.ToArray(), "initiative_id"u8.ToArray(), "source_id"u8.ToArray(), "province_code"u8.ToArray(),
        "name"u8.ToArray(), "activity_type"u8.ToArray(), "target_groups"u8.ToArray(), "sectors"u8.ToArray(),
        "digitalisation_forms"u8.ToArray(), "bottlenecks"u8.ToArray(), "reach_per_year"u8.ToArray(), "reach_year"u8.ToArray(),
        "impact_measurement"u8.ToArray(),
    ];

    private static readonly byte[][] PublishedNames = ["initiative"u8.ToArray(), "activity_count"u8.ToArray(), "reach_per_year"u8.ToArray()];

    private static readonly byte[][] InitiativeNames =
    [
        "initiative_id"u8.ToArray(), "source_id"u8.ToArray(), "province_code"u8.ToArray(), "province_name"u8.ToArray(),
        "name"u8.ToArray(), "description"u8.ToArray(), "website"u8.ToArray(), "municipality_code"u8.ToArray(),
        "municipality_name"u8.ToArray(), "service_area"u8.ToArray(), "providers"u8.ToArray(), "lead_organisation"u8.ToArray(),
        "funding"u8.ToArray(), "policy_rationale"u8.ToArray(), "start_year"u8.ToArray(), "end_year"u8.ToArray(),
        "latitude"u8.ToArray(), "longitude"u8.ToArray(), "contact_person"u8.ToArray(), "contact_email"u8.ToArray(),
        "contact_phone"u8.ToArray(),
    ];

    /// <summary>The activity on <paramref name="line"/>.</summary>
    /// <exception cref="JsonException">The line is not an activity.</exception>
    public static Activity ReadActivity(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        Start(ref reader, JsonTokenType.StartObject);
        string? activityId = null, initiativeId = null, sourceId = null, provinceCode = null, name = null, activityType = null, impact = null;
        IReadOnlyList<string>? targetGroups = null, sectors = null, forms = null, bottlenecks = null;
        long? reach = null;
        int? reachYear = null;
        var next = 0;
        while (NextProperty(ref reader, ActivityNames, ref next) is var property and not End)
        {
            switch (property)
            {
                case 0: activityId = Text(ref reader); break;
                case 1: initiativeId = Text(ref reader); break;
                case 2: sourceId = Text(ref reader); break;
                case 3: provinceCode = Code(ref reader); break;
                case 4: name = Text(ref reader); break;
                case 5: activityType = Code(ref reader); break;
                case 6: targetGroups = Codes(ref reader, line); break;
                case 7: sectors = Codes(ref reader, line); break;
                case 8: forms = Codes(ref reader, line); break;
                case 9: bottlenecks = Codes(ref reader, line); break;
                case 10: reach = Int64(ref reader); break;
                case 11: reachYear = Int32(ref reader); break;
                case 12: impact = Code(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new Activity
        {
            ActivityId = Required(activityId, ActivityNames[0]),
            InitiativeId = Required(initiativeId, ActivityNames[1]),
            SourceId = sourceId,
            ProvinceCode = Required(provinceCode, ActivityNames[3]),
            Name = Required(name, ActivityNames[4]),
            ActivityType = Required(activityType, ActivityNames[5]),
            TargetGroups = Required(targetGroups, ActivityNames[6]),
            Sectors = sectors ?? [],
            DigitalisationForms = Required(forms, ActivityNames[8]),
            Bottlenecks = Required(bottlenecks, ActivityNames[9]),
            ReachPerYear = reach,
            ReachYear = reachYear,
            ImpactMeasurement = impact,
        };
    }

    /// <summary>The published initiative on <paramref name="line"/>.</summary>
    /// <exception cref="JsonException">The line is not a published initiative.</exception>
    public static PublishedInitiative ReadPublishedInitiative(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        Start(ref reader, JsonTokenType.StartObject);
        Initiative? initiative = null;
        int? activityCount = null;
        long? reach = null;
        var next = 0;
        while (NextProperty(ref reader, PublishedNames, ref next) is var property and not End)
        {
            switch (property)
            {
                case 0: initiative = ReadInitiative(ref reader, line); break;
                case 1: activityCount = Int32(ref reader); break;
                case 2: reach = Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new PublishedInitiative(Required(initiative, PublishedNames[0]), RequiredValue(activityCount, PublishedNames[1]), reach);
    }

    private static Initiative? ReadInitiative(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        string? initiativeId = null, sourceId = null, provinceCode = null, provinceName = null, name = null, description = null, website = null;
        string? municipalityCode = null, municipalityName = null, serviceArea = null, lead = null, funding = null;
        string? contactPerson = null, contactEmail = null, contactPhone = null;
        IReadOnlyList<string>? providers = null, rationale = null;
        int? startYear = null, endYear = null;
        double? latitude = null, longitude = null;
        var next = 0;
        while (NextProperty(ref reader, InitiativeNames, ref next) is var property and not End)
        {
            switch (property)
            {
                case 0: initiativeId = Text(ref reader); break;
                case 1: sourceId = Text(ref reader); break;
                case 2: provinceCode = Code(ref reader); break;
                case 3: provinceName = Code(ref reader); break;
                case 4: name = Text(ref reader); break;
                case 5: description = Text(ref reader); break;
                case 6: website = Text(ref reader); break;
                case 7: municipalityCode = Code(ref reader); break;
                case 8: municipalityName = Code(ref reader); break;
                case 9: serviceArea = Code(ref reader); break;
                case 10: providers = Codes(ref reader, line); break;
                case 11: lead = Text(ref reader); break;
                case 12: funding = Code(ref reader); break;
                case 13: rationale = Codes(ref reader, line); break;
                case 14: startYear = Int32(ref reader); break;
                case 15: endYear = Int32(ref reader); break;
                case 16: latitude = Double(ref reader); break;
                case 17: longitude = Double(ref reader); break;
                case 18: contactPerson = Text(ref reader); break;
                case 19: contactEmail = Text(ref reader); break;
                case 20: contactPhone = Text(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new Initiative
        {
            InitiativeId = Required(initiativeId, InitiativeNames[0]),
            SourceId = sourceId,
            ProvinceCode = Required(provinceCode, InitiativeNames[2]),
            ProvinceName = Required(provinceName, InitiativeNames[3]),
            Name = Required(name, InitiativeNames[4]),
            Description = description,
            Website = website,
            MunicipalityCode = municipalityCode,
            MunicipalityName = municipalityName,
            ServiceArea = Required(serviceArea, InitiativeNames[9]),
            Providers = Required(providers, InitiativeNames[10]),
            LeadOrganisation = lead,
            Funding = funding,
            PolicyRationale = rationale ?? [],
            StartYear = startYear,
            EndYear = endYear,
            Latitude = latitude,
            Longitude = longitude,
            ContactPerson = contactPerson,
            ContactEmail = contactEmail,
            ContactPhone = contactPhone,
        };
    }

    private const int End = int.MinValue;
    private const int Unknown = -1;

    private static void Start(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read())
        {
            throw new JsonException("The line is empty.");
        }

        Expect(ref reader, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {expected}, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
    }

    /// <summary>
    /// Moves to the next property's value and returns the property's index in <paramref name="names"/> (<see cref="Unknown"/>
    /// for another name), or <see cref="End"/> at the end of the object. Tries the name after the last one found first.
    /// </summary>
    private static int NextProperty(ref Utf8JsonReader reader, byte[][] names, ref int next)
    {
        if (!reader.Read())
        {
            throw new JsonException("The line ends inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return End;
        }

        Expect(ref reader, JsonTokenType.PropertyName);
        var found = Unknown;
        for (var tried = 0; tried < names.Length; tried++)
        {
            var index = (next + tried) % names.Length;
            if (reader.ValueTextEquals(names[index]))
            {
                found = index;
                next = index + 1;
                break;
            }
        }

        if (!reader.Read())
        {
            throw new JsonException("The line ends after a property name.");
        }

        return found;
    }

    private static string? Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.String ? reader.GetString() : throw WrongType(ref reader, "a string");

    /// <summary>A string from a code list or another small set (province, municipality): one string per distinct value.</summary>
    private static string? Code(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongType(ref reader, "a string");
        }

        return reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > SharedStrings.MaxLength
            ? reader.GetString()
            : SharedStrings.Get(reader.ValueSpan);
    }

    /// <summary>
    /// A list of codes: one array per distinct list (<see cref="SharedLists"/>), since the same few combinations repeat on
    /// most rows. The arrays are shared by every row that has that list, so they must never be changed.
    /// </summary>
    private static string[]? Codes(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var end = reader;
        end.Skip();
        var json = line[(int)reader.TokenStartIndex..(int)end.BytesConsumed];
        if (SharedLists.TryGet(json, out var shared))
        {
            reader = end;
            return shared;
        }

        var codes = new List<string>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            codes.Add(Code(ref reader) ?? throw new JsonException($"A list holds null at byte {reader.TokenStartIndex}."));
        }

        return codes.Count == 0 ? [] : SharedLists.Add(json, [.. codes]);
    }

    private static int? Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw WrongType(ref reader, "a number");

    private static long? Int64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : throw WrongType(ref reader, "a number");

    private static double? Double(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : throw WrongType(ref reader, "a number");

    private static JsonException WrongType(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected}, found {reader.TokenType} at byte {reader.TokenStartIndex}.");

    private static T Required<T>(T? value, byte[] name)
        where T : class =>
        value ?? throw new JsonException($"The required property \"{Encoding.UTF8.GetString(name)}\" is missing or null.");

    private static T RequiredValue<T>(T? value, byte[] name)
        where T : struct =>
        value ?? throw new JsonException($"The required property \"{Encoding.UTF8.GetString(name)}\" is missing or null.");

    /// <summary>
    /// Strings shared by value, for codes: a bounded, thread-safe pool (the two tables are read side by side), so a
    /// file full of free text in code fields cannot grow it without end.
    /// </summary>
    private static class SharedStrings
    {
        public const int MaxLength = 96;
        private static readonly SharedPool<string> Pool = new(MaxLength);

        public static string Get(ReadOnlySpan<byte> utf8)
        {
            if (Pool.TryGet(utf8, out var shared))
            {
                return shared;
            }

            var made = Encoding.UTF8.GetString(utf8);
            return Pool.Add(utf8, made, key: made);
        }
    }

    /// <summary>
    /// Values shared by the UTF-8 text they were read from: at most 8,192 of them, each from at most
    /// <c>maxLength</c> bytes; beyond that a value is made anew every time.
    /// </summary>
    private sealed class SharedPool<T>
        where T : class
    {
        private const int MaxCount = 8192;
        private readonly int _maxLength;
        private readonly ConcurrentDictionary<string, T> _pool = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _byChars;

        public SharedPool(int maxLength)
        {
            _maxLength = maxLength;
            _byChars = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool TryGet(ReadOnlySpan<byte> utf8, [MaybeNullWhen(false)] out T shared)
        {
            shared = null;
            if (utf8.Length > _maxLength)
            {
                return false;
            }

            Span<char> chars = stackalloc char[_maxLength];
            var length = Encoding.UTF8.GetChars(utf8, chars);
            return _byChars.TryGetValue(chars[..length], out shared);
        }

        /// <summary>
        /// Keeps <paramref name="value"/> for <paramref name="utf8"/> if there is room; returns the value to use (the one
        /// kept first, if another thread was quicker). <paramref name="key"/> is <paramref name="utf8"/> as a string, when
        /// the caller has it.
        /// </summary>
        public T Add(ReadOnlySpan<byte> utf8, T value, string? key = null) =>
            utf8.Length <= _maxLength && _pool.Count < MaxCount ? _pool.GetOrAdd(key ?? Encoding.UTF8.GetString(utf8), value) : value;
    }
}
