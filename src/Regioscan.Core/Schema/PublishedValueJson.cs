using System.Text.Json;

namespace Regioscan.Core.Schema;

/// <summary>Writes one published value (the types <see cref="Column{TRow}.Value"/> yields) as JSON, the same way in every JSON output.</summary>
public static class PublishedValueJson
{
    /// <summary>Writes <c>null</c>, a string, a number, or an array of strings.</summary>
    /// <exception cref="InvalidOperationException">A value of another type: a bug in the schema.</exception>
    public static void Write(Utf8JsonWriter json, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case string[] array:
                // The usual list (rows read from staged lines share arrays): indexed, without an enumerator.
                json.WriteStartArray();
                foreach (var item in array)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case IEnumerable<string> items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A published value of type {value.GetType().Name} has no JSON form.");
        }
    }
}
