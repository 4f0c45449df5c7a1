using ScoGraph.GraphQL.Language;

namespace ScoGraph.GraphQL.Tests.Language;

public class LexerSpecs
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    private static Token Single(string source) => Lex(source)[0];

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Every_punctuator_is_its_own_token()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind).ToArray();
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
             TokenKind.Pipe, TokenKind.BraceR, TokenKind.EndOfFile],
            kinds);
    }

    [Fact]
    public void Whitespace_commas_bom_and_comments_are_ignored()
    {
        var tokens = Lex("\uFEFF  ,,\t# a comment\r\n  name # another\n");
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.Name, tokens[0].Kind);
        Assert.Equal("name", tokens[0].Value);
        Assert.Equal(2, tokens[0].Line);
        Assert.Equal(3, tokens[0].Column);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\n\n   b", 3, 4)]
    public void Line_terminators_advance_the_line(string source, int line, int column)
    {
        var second = Lex(source)[1];
        Assert.Equal(line, second.Line);
        Assert.Equal(column, second.Column);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-0", TokenKind.Int, "-0")]
    [InlineData("9007199254740993", TokenKind.Int, "9007199254740993")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-4.123", TokenKind.Float, "-4.123")]
    [InlineData("0.123", TokenKind.Float, "0.123")]
    [InlineData("123e4", TokenKind.Float, "123e4")]
    [InlineData("123E-4", TokenKind.Float, "123E-4")]
    [InlineData("-1.123e+4", TokenKind.Float, "-1.123e+4")]
    public void Numbers_keep_their_source_text(string source, TokenKind kind, string value)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1x", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1_", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    public void Malformed_numbers_are_rejected_like_graphql_js(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{00005678}\"", "unicode \u1234\u5678")]
    [InlineData("\"controls are allowed \u0007\"", "controls are allowed \u0007")]
    [InlineData("\"astral \\u{1F600}\"", "astral \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"literal \U0001F600\"", "literal \U0001F600")]
    public void Strings_resolve_their_escapes(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"too high \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too long \\u{12345678901}\"", "Invalid Unicode escape sequence: \"\\u{123456789\".", 15)]
    [InlineData("\"nine digits \\u{000005678}\"", "Invalid Unicode escape sequence: \"\\u{000005678\".", 14)]
    [InlineData("\"surrogate \\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 12)]
    [InlineData("\"lone lead \\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 12)]
    [InlineData("\"lone trail \\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 13)]
    [InlineData("\"bad pair \\uD800\\u0041\"", "Invalid Unicode escape sequence: \"\\uD800\".", 11)]
    public void Malformed_strings_are_rejected_like_graphql_js(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"\n   \n\t\n\"\"\"", "")]
    [InlineData("\"\"\"first line stays\n    indented\n  less\"\"\"", "first line stays\n  indented\nless")]
    public void Block_strings_are_raw_and_dedented(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Tokens_after_a_multi_line_block_string_know_their_line()
    {
        var tokens = Lex("\"\"\"a\n  b\n  c\"\"\" next");
        Assert.Equal(3, tokens[1].Line);
        Assert.Equal(8, tokens[1].Column);
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"no end", "Unterminated string.", 10)]
    public void Malformed_block_strings_are_rejected(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1)]
    public void Unknown_characters_are_rejected_with_their_code_point(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void The_error_location_counts_lines_and_columns_from_one()
    {
        var error = LexError("\n\n    ?\n");
        Assert.Equal(3, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal(6, error.Position);
        Assert.Equal(new ScoGraph.GraphQL.Execution.SourceLocation(3, 5), Assert.Single(error.Error.Locations!));
    }

    [Fact]
    public void Names_stop_at_the_first_character_that_cannot_continue_a_name()
    {
        var tokens = Lex("_foo9Bar(baz");
        Assert.Equal("_foo9Bar", tokens[0].Value);
        Assert.Equal(TokenKind.ParenL, tokens[1].Kind);
        Assert.Equal(TokenKind.Int, Lex("_ -1")[1].Kind);
    }

    // Lone surrogates cannot live in attribute strings, so these cases are built in code.
    [Fact]
    public void Lone_surrogates_are_invalid_characters_everywhere()
    {
        var inString = LexError("\"l " + '\uD800' + " x\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", inString.Message);
        Assert.Equal(4, inString.Column);

        var inComment = LexError("# c " + '\uD800' + " r");
        Assert.Equal("Syntax Error: Invalid character: U+D800.", inComment.Message);
        Assert.Equal(5, inComment.Column);

        var alone = LexError(new string('\uDC00', 1));
        Assert.Equal("Syntax Error: Invalid character: U+DC00.", alone.Message);
    }

    [Fact]
    public void Control_characters_are_allowed_inside_block_strings()
    {
        Assert.Equal("bad \u0000 char", Single("\"\"\"bad \u0000 char\"\"\"").Value);
    }

    [Fact]
    public void Repeated_names_reuse_one_string_and_distinct_names_never_mix_up()
    {
        var first = Single("someFieldName").Value;
        var second = Single("someFieldName").Value;
        Assert.Same(first, second);

        // Far more names than cache slots: each must still come back exactly as written.
        var names = Enumerable.Range(0, 20_000).Select(i => $"name{i}x").ToArray();
        var tokens = Lex(string.Join(' ', names));
        Assert.Equal(names, tokens.Take(names.Length).Select(t => t.Value));
        Assert.Equal(new string('a', 300), Single(new string('a', 300)).Value);
    }
}
