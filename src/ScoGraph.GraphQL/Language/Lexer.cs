using System.Text;

namespace ScoGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec 2.1), one at a time. It scans the string by index and
/// allocates only for token values. Ignored tokens (whitespace, commas, BOM, comments) are skipped.
/// Errors are <see cref="GraphQLSyntaxException"/> with graphql-js 16's messages.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string source)
    {
        _source = source;
    }

    public string Source => _source;

    /// <summary>Reads the next significant token; at the end it keeps returning <see cref="TokenKind.EndOfFile"/>.</summary>
    public Token Next()
    {
        var body = _source;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position, 1);
                case '$': return Punctuator(TokenKind.Dollar, position, 1);
                case '&': return Punctuator(TokenKind.Amp, position, 1);
                case '(': return Punctuator(TokenKind.ParenL, position, 1);
                case ')': return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }
                    break;
                case ':': return Punctuator(TokenKind.Colon, position, 1);
                case '=': return Punctuator(TokenKind.Equals, position, 1);
                case '@': return Punctuator(TokenKind.At, position, 1);
                case '[': return Punctuator(TokenKind.BracketL, position, 1);
                case ']': return Punctuator(TokenKind.BracketR, position, 1);
                case '{': return Punctuator(TokenKind.BraceL, position, 1);
                case '|': return Punctuator(TokenKind.Pipe, position, 1);
                case '}': return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }
            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        _position = length;
        return MakeToken(TokenKind.EndOfFile, length, length, null);
    }

    /// <summary>Where the next scan starts, plus line bookkeeping, so a parser can peek and come back.</summary>
    internal (int Position, int Line, int LineStart) SaveState() => (_position, _line, _lineStart);

    internal void RestoreState((int Position, int Line, int LineStart) state) =>
        (_position, _line, _lineStart) = state;

    private Token Punctuator(TokenKind kind, int start, int size)
    {
        _position = start + size;
        return MakeToken(kind, start, start + size, null);
    }

    private Token MakeToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start + 1 - _lineStart, value);

    private int CharAt(int index) => (uint)index < (uint)_source.Length ? _source[index] : -1;

    private int SkipComment(int start)
    {
        var body = _source;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break; // a lone surrogate ends the comment; the main loop then reports it
            }
        }
        return position;
    }

    private Token ReadName(int start)
    {
        var body = _source;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }
        _position = position;
        return MakeToken(TokenKind.Name, start, position, NameTable.Get(body.AsSpan(start, position - start)));
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;

        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position,
            _source.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    private Token ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null; // only strings with escapes need a builder

        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }
                _position = position + 1;
                return MakeToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                var size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // At most 12 characters: \u{00000000}.
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                // At least \u{0}, and it must be a Unicode scalar value.
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                AppendCodePoint(value, point);
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            AppendCodePoint(value, code);
            return 6;
        }

        // JSON-style surrogate pairs are allowed, but only when they form a valid pair.
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }
        value.Append(escaped.Value);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        var body = _source;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();

        while (position < body.Length)
        {
            var code = body[position];

            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = MakeToken(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                _position = position + 3;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // drop only the backslash
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private string Slice(int start, int end) =>
        _source.Substring(start, Math.Min(end, _source.Length) - start);

    /// <summary>A character for messages: printable ASCII quoted, anything else as U+XXXX, the end as &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }
        int code = _source[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]))
        {
            code = char.ConvertToUtf32((char)code, _source[position + 1]);
        }
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4");
    }

    private GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_source, position, description);

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(int code) => code >= '0' && code <= '9';

    internal static bool IsNameStart(int code) =>
        (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || code == '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private static bool IsUnicodeScalarValue(int code) =>
        (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;
}
