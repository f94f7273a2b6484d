namespace Monitor.Analysis;

/// <summary>
/// The tokens of one article in one array, of which each sentence holds a range: one array an article
/// instead of one a sentence. A store is rented for an analysis and returned after it, when no sentence
/// of that article is left; the thread's next analysis then fills it again.
/// </summary>
internal sealed class TokenStore
{
    [ThreadStatic]
    private static TokenStore? t_free;

    private Token[] _items;

    /// <summary>A store for about <paramref name="capacity"/> tokens; it grows as it needs to.</summary>
    public TokenStore(int capacity = 1024) => _items = new Token[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    /// <summary>The thread's free store, or a new one when it is out (a nested analysis, say).</summary>
    public static TokenStore Rent()
    {
        var store = t_free ?? new TokenStore();
        t_free = null;
        store.Count = 0;
        return store;
    }

    /// <summary>
    /// Gives the store back to the thread. Its tokens point into the article's text, so they are
    /// cleared: an idle thread keeps no article alive.
    /// </summary>
    public static void Return(TokenStore store)
    {
        Array.Clear(store._items, 0, store.Count);
        store.Count = 0;
        t_free = store;
    }

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            // Sentences made so far keep the old array, which still holds their tokens.
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = token;
    }

    /// <summary>The tokens added since the store held <paramref name="from"/>.</summary>
    public ArraySegment<Token> Since(int from) => new(_items, from, Count - from);
}
