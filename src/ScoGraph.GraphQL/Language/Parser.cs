using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for executable and type-system documents (spec 2 and 3), following graphql-js 16's
/// grammar choices and error messages. Every node carries its <see cref="Location"/>.
/// Nesting is bounded by <see cref="ParserOptions.MaxDepth"/> so no document can overflow the stack.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private Token _token;
    private Token _lastToken;

    // Children of the lists being parsed, stacked: a list's items sit above its start index until it closes,
    // then move into an exactly sized array (no List wrapper, no spare capacity per node).
    private readonly List<SyntaxNode> _scratch = [];
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
        _lastToken = _token;
    }

    /// <summary>Parses a whole document; throws <see cref="GraphQLSyntaxException"/> for invalid syntax.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, options).ParseDocument();
    }

    /// <summary>
    /// Parses a document sent as UTF-8 bytes. Invalid sequences become U+FFFD (as a browser's or Node's decoder
    /// would make them) and are then reported by the lexer like any other unexpected character.
    /// </summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null) =>
        Parse(System.Text.Encoding.UTF8.GetString(utf8Source), options);

    /// <summary>Parses a single value literal such as <c>[1, {a: $b}]</c> (variables allowed).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var start = _token;
        Expect(TokenKind.StartOfFile);
        var definitionsStart = _scratch.Count;
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode(PopArray<DefinitionNode>(definitionsStart)) { Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions start with a description, so the keyword may be one token ahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- Executable definitions (spec 2.3 - 2.12) ----

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet()) { Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        var variablesStart = _scratch.Count;
        do
        {
            _scratch.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return PopArray<VariableDefinitionNode>(variablesStart);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        Enter(start);
        Expect(TokenKind.BraceL);
        var selectionsStart = _scratch.Count;
        do
        {
            _scratch.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));
        _depth--;
        return new SelectionSetNode(PopArray<SelectionNode>(selectionsStart)) { Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        var argumentsStart = _scratch.Count;
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ArgumentNode(name, value) { Location = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return PopArray<ArgumentNode>(argumentsStart);
    }

    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (_token.Value == "on")
        {
            throw Unexpected(_token);
        }
        return ParseName();
    }

    // ---- Values (spec 2.9) ----

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(_token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        Enter(start);
        Expect(TokenKind.BracketL);
        var valuesStart = _scratch.Count;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }
        _depth--;
        return new ListValueNode(PopArray<ValueNode>(valuesStart)) { Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        Enter(start);
        Expect(TokenKind.BraceL);
        var fieldsStart = _scratch.Count;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ObjectFieldNode(name, value) { Location = Loc(fieldStart) });
        }
        _depth--;
        return new ObjectValueNode(PopArray<ObjectFieldNode>(fieldsStart)) { Location = Loc(start) };
    }

    // ---- Directives and types (spec 2.11, 2.12) ----

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var directivesStart = _scratch.Count;
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Expect(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _scratch.Add(new DirectiveNode(name, arguments) { Location = Loc(start) });
        }
        return PopArray<DirectiveNode>(directivesStart);
    }

    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }

    // ---- Token helpers ----

    private T[] PopArray<T>(int start)
        where T : SyntaxNode
    {
        var count = _scratch.Count - start;
        if (count == 0)
        {
            return [];
        }
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[start + i];
        }
        _scratch.RemoveRange(start, count);
        return items;
    }

    private Location Loc(Token start) => new(start.Start, _lastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Lookahead()
    {
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return _token;
        }
        var saved = _lexer.SaveState();
        var next = _lexer.Next();
        _lexer.RestoreState(saved);
        return next;
    }

    private void Advance()
    {
        _lastToken = _token;
        _token = _lexer.Next();
        if (_token.Kind != TokenKind.EndOfFile)
        {
            _tokenCount++;
            if (_options.MaxTokens is { } max && _tokenCount > max)
            {
                // graphql-js's exact wording, "more that" included, so clients see the same message.
                throw Error(_token.Start, $"Document contains more that {max} tokens. Parsing aborted.");
            }
        }
    }

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw Error(token.Start, $"Expected {TokenKindText.Describe(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return;
        }
        throw Error(_token.Start, $"Expected \"{value}\", found {_token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return true;
        }
        return false;
    }

    /// <summary>Counts one more nesting level; past the limit the document is rejected rather than recursed into.</summary>
    private void Enter(Token at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(at.Start, $"Document nesting exceeds {_options.MaxDepth} levels. Parsing aborted.");
        }
    }

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_lexer.Source, position, description);
}
