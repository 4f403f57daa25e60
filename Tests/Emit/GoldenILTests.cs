namespace FluentAI.Tests.Emit;

/// <summary>
/// Exact IL of small functions (golden files under Emit/Golden), plus the facts each golden is there to show: the typed fast
/// path of fib, self tail calls as loops (typed and generic), <c>tail.</c> calls to known functions and through closures.
/// </summary>
[TestClass]
public sealed class GoldenILTests
{
    [TestMethod]
    public void Fib_RunsTypedCodeBehindAGuardedGenericEntry()
    {
        string listing = GoldenListing.AssertMatches("fib", "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");

        string typed = GoldenListing.Method(listing, "fib$typed");
        StringAssert.StartsWith(typed, ".method long fib$typed(long, nuint)\n");
        StringAssert.Contains(typed, "sub\n", "n >= 2 past the base case: the subtractions cannot overflow");
        StringAssert.Contains(typed, "add.ovf");
        StringAssert.Contains(typed, "  ldarg 1\n  stloc V1\n", "the stack limit goes to a local at the start");
        StringAssert.Contains(typed, "ldloc V1\n  call fib$typed", "a direct call passing the stack limit on");
        StringAssert.Contains(typed, "ldloca V1\n  conv.u\n  ldloc V1\n  blt.un", "the stack-limit check before a non-tail call, which jumps away only when the stack is low: the limit's own local is the marker, so it lives in the frame, not in a register");
        StringAssert.Contains(typed, "call fib$typed\n  ldloc V4\n  ldc.i8 2\n  sub\n  ldloc V1\n  call fib$typed", "no second check in a frame that passed one");
        Assert.AreEqual(16, typed.Split("call fib$typed").Length - 1, "three levels of self-calls inlined: sixteen calls, an eighth as many per fib computed");
        StringAssert.Contains(typed, "call StackGuard::OverflowAt");
        StringAssert.EndsWith(typed.TrimEnd(), "L44:\n  ldloca V1\n  conv.u\n  ldstr \"golden.ai(1,34)\"\n  ldstr \"at fib (golden.ai:1:34)\"\n  call StackGuard::OverflowAt\n  stloc V1\n  br L45",
            "the failing check's block is out of line, after the method's code; it keeps the moved mark as the method's limit and jumps back");
        Assert.DoesNotContain("RuntimeOps::Box", typed, "typed code boxes nothing");

        string generic = GoldenListing.Method(listing, "fib");
        StringAssert.StartsWith(generic, ".method object fib(Closure1, object)\n");
        StringAssert.Contains(generic, "ldfld BuiltinGuard::Redefined\n  brtrue L0\n  call CompiledOps::get_TypedAllowed\n  brfalse L0\n  ldloc V1\n  isinst long\n  brfalse L0", "the guard: builtins intact, a fixnum argument");
        StringAssert.Contains(generic, "callvirt GlobalSlot::get_Value\n  ldloc V0\n  ldc.i4 2\n  ldelem.ref\n  castclass Closure1\n  bne.un L0", "the guard: fib is still fib");
        StringAssert.Contains(generic, """
              .try {
                ldloc V1
                unbox.any long
                call StackGuard::get_Limit
                call fib$typed
                call RuntimeOps::Box
                stloc V3
              } catch OverflowException {
                pop
                leave L1
              }
            """.ReplaceLineEndings("\n"));
        StringAssert.EndsWith(generic, "L0:\n  ldsfld StackGuard::TentativeThreads\n  brfalse L2\n  call StackGuard::LeaveTypedCode\nL2:\n  ldarg 0\n  ldarg 1\n  tail.\n  call fib$boxed\n  ret",
            "the boxed body is a method of its own, compiled only if a call needs it; a tentative run on a host's thread moves to a large stack before it");
        StringAssert.StartsWith(GoldenListing.Method(listing, "fib$boxed"), ".method object fib$boxed(Closure1, object)\n");
    }

    [TestMethod]
    public void ASelfTailCall_IsALoopInTypedAndInGenericCode()
    {
        string listing = GoldenListing.AssertMatches("self_tail_call", "(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n))))");

        string typed = GoldenListing.Method(listing, "loop$typed");
        StringAssert.Contains(typed, "L0:\n");
        StringAssert.EndsWith(typed, "stloc V1\n  stloc V0\n  br L0");
        Assert.DoesNotContain("call loop$typed", typed);

        string entry = GoldenListing.Method(listing, "loop");
        StringAssert.EndsWith(entry, "L2:\n  ldarg 0\n  ldarg 1\n  ldarg 2\n  tail.\n  call loop$boxed\n  ret", "off the typed path, the entry tail-calls the boxed body");

        string generic = GoldenListing.Method(listing, "loop$boxed");
        StringAssert.Contains(generic, "\nL0:\n", "the start of the boxed body");
        StringAssert.Contains(generic, "bne.un L9\n  ldloc V4\n  stloc V1\n  ldloc V5\n  stloc V2\n  br L0\n", "the arguments go to the parameters, then a jump to the start");
        Assert.DoesNotContain("call loop\n", generic);
        Assert.DoesNotContain("call loop$boxed\n", generic);
    }

    [TestMethod]
    public void ACountingLoop_IncrementsWithoutAnOverflowCheck_AfterGuardingItsLimitOnce()
    {
        string listing = GoldenListing.AssertMatches("counting_loop", "(define (sum-to i n acc) (if (> i n) acc (sum-to (+ i 1) n (+ acc i))))");

        string typed = GoldenListing.Method(listing, "sum-to$typed");
        StringAssert.Contains(typed, "ldloc V1\n  ldc.i8 -9223372036854775807\n  sub\n  ldc.i8 -2\n  blt.un L0\n  call TypedOps::Leave\n", "n, the loop's invariant limit, is checked once");
        StringAssert.Contains(typed, "ldloc V0\n  ldc.i8 1\n  add\n", "i <= n < MaxValue: i + 1 cannot overflow");
        StringAssert.Contains(typed, "ldloc V0\n  add.ovf\n", "acc + i keeps its check");

        // A sum: four counts a round, each into its own partial sum, while n - i >= 4; then the loop takes the rest.
        StringAssert.Contains(typed, "L1:\n  ldloc V0\n  ldloc V1\n  bgt L2\n  ldloc V1\n  ldloc V0\n  sub\n  ldc.i8 4\n  blt.un L2\n", "a round needs four counts left");
        StringAssert.Contains(typed, "ldloc V0\n  ldc.i8 3\n  add\n  stloc V7\n  ldloc V6\n  ldloc V7\n  add.ovf\n  stloc V6\n", "the fourth count into the fourth partial sum, checked");
        StringAssert.Contains(typed, "ldloc V0\n  ldc.i8 4\n  add\n  stloc V0\n  br L1\n", "the counter moves by four, unchecked: i + 4 <= n");
        StringAssert.Contains(typed, "L2:\n  ldloc V2\n  ldloc V4\n  add.ovf\n  ldloc V5\n  add.ovf\n  ldloc V6\n  add.ovf\n  stloc V2\nL3:\n", "the partial sums join acc before the loop");
    }

    [TestMethod]
    [DataRow("(define (f i n acc) (if (> i n) acc (f (+ i 2) n (+ acc i))))", "a step other than one")]
    [DataRow("(define (f i n acc) (if (> i n) acc (f (+ i 1) n (+ acc (* acc i)))))", "a term that reads the sum")]
    [DataRow("(define (f i n acc) (if (> i n) acc (f (+ i 1) n (- acc i))))", "a difference")]
    [DataRow("(define (f i n acc m) (if (> i n) acc (f (+ i 1) (+ n m) (+ acc i) m)))", "a limit that moves")]
    [DataRow("(define (f i n acc) (if (> i n) (+ acc 1) (f (+ i 1) n (+ acc i))))", "a result other than the sum")]
    public void ALoopThatIsNotASum_HasNoUnrolledRounds(string definition, string why)
    {
        string listing = FluentAI.Compiler.Hosting.FluentEngine.DisassembleIL(new FluentAI.Compiler.Text.SourceText(definition, "t.ai"));
        Assert.DoesNotContain("ldc.i8 4\n  blt.un", GoldenListing.Method(listing, "f$typed"), why);
    }

    [TestMethod]
    public void FibsSubtractions_AfterTheBaseCaseTest_HaveNoOverflowCheck()
    {
        string listing = GoldenListing.AssertMatches("fib_ranges", "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");

        string typed = GoldenListing.Method(listing, "fib$typed");
        Assert.DoesNotContain("sub.ovf", typed, "n >= 2 in the else branch");
        StringAssert.Contains(typed, "add.ovf");
        Assert.DoesNotContain("TypedOps::Leave", typed, "no loop limit to guard");
    }

    [TestMethod]
    public void ASelfTailCallInUntypedCode_IsALoop()
    {
        string listing = GoldenListing.AssertMatches("self_tail_call_untyped", "(define (build n acc) (if (= n 0) acc (build (- n 1) (cons (abs n) acc))))");

        Assert.DoesNotContain("$typed", listing, "abs makes build untyped");
        string generic = GoldenListing.Method(listing, "build");
        StringAssert.Contains(generic, "\nL0:\n");
        StringAssert.Contains(generic, "bne.un L20\n  ldloc V4\n  stloc V1\n  ldloc V8\n  stloc V2\n  br L0\n");
        Assert.DoesNotContain("call build\n", generic);
    }

    [TestMethod]
    public void ListCode_IsTypedWithObjectParametersAndTypedOps()
    {
        string listing = GoldenListing.AssertMatches("typed_list_code", """
            (define (safe? row dist placed)
              (if (empty? placed)
                  #t
                  (let ((q (head placed)))
                    (and (!= q row) (!= q (+ row dist)) (safe? row (+ dist 1) (tail placed))))))
            """);

        string typed = GoldenListing.Method(listing, "safe?$typed");
        StringAssert.StartsWith(typed, ".method bool safe?$typed(long, long, FluentList, nuint)\n");
        StringAssert.Contains(typed, "call TypedOps::IsEmptyList\n", "placed is known to be a list: no type test");
        StringAssert.Contains(typed, "call FluentList::get_Head\n  call TypedOps::ToLong\n  stloc V4\n", "placed is not empty there: its head needs no test; q, only compared, is unboxed once where it is bound");
        Assert.DoesNotContain("EqualLong", typed, "so the comparisons are on two integers");
        StringAssert.Contains(typed, "add.ovf\n");
        StringAssert.Contains(typed, "call FluentList::get_TailOfNonEmpty\n", "nor its tail (a cell's tail without the test for the empty list)");
        Assert.DoesNotContain("HeadOfList", typed);
        StringAssert.Contains(typed, "br L0\n", "the self tail call is a loop");
        Assert.DoesNotContain("RuntimeOps::Box", typed, "the integer comparisons do not box");
    }

    [TestMethod]
    public void AMatchOnConstructors_IsTypedWithAnObjectParameter()
    {
        string listing = GoldenListing.AssertMatches("typed_match", """
            (data Tree (Leaf) (Node left value right))
            (define (tree-sum tree)
              (match tree
                ((Leaf) 0)
                ((Node left value right) (+ value (tree-sum left) (tree-sum right)))))
            """);

        string typed = GoldenListing.Method(listing, "tree-sum$typed");
        StringAssert.StartsWith(typed, ".method long tree-sum$typed(object, nuint)\n");
        StringAssert.Contains(typed, "isinst Data0<Leaf/0>\n  brtrue", "(Leaf) is one type test");
        StringAssert.Contains(typed, "isinst Data3L1<Node/3>\n", "(Node ...) tests for the class typed code builds, value unboxed");
        StringAssert.Contains(typed, "ldfld Data3L1<Node/3>::F0\n", "fields are read with one load each");
        StringAssert.Contains(typed, "ldfld Data3L1<Node/3>::L\n", "value, used only as an integer, is read unboxed where it is bound");
        StringAssert.Contains(typed, "ldstr \"Node\"\n  ldc.i4 3\n  call CompiledOps::MatchesConstructor\n", "any other value takes the general test");
        StringAssert.Contains(typed, "ldc.i4 1\n  call TypedOps::FieldLong\n", "and the general field read");
        StringAssert.Contains(typed, "call TypedOps::NoMatch\n");
        Assert.IsGreaterThanOrEqualTo(2, typed.Split("add.ovf").Length - 1, "the three-argument + is two checked adds");
    }

    [TestMethod]
    [DataRow("(define (f n) (if (< n 2) n (+ (f (- n 1)) (f (- n 2)))))", 16, DisplayName = "fib: 16 nodes, two self-calls, three levels")]
    [DataRow("(define (f n) (if (= n 0) 0 (+ n (f (- n 1)))))", 1, DisplayName = "a linear recursion: three levels, one call per four")]
    [DataRow("(define (f x y z) (if (not (< y x)) z (f (f (- x 1) y z) (f (- y 1) z x) (f (- z 1) x y))))", 12, DisplayName = "tak: 28 nodes, four self-calls, one level")]
    [DataRow("(define (f xs) (if (empty? xs) 0 (+ (f (tail xs)) (f (tail xs)))))", 4, DisplayName = "a list parameter: one level")]
    public void SelfInlining_GoesAsDeepAsTheNodeBudgetAllows(string source, int calls)
    {
        string typed = GoldenListing.Method(GoldenListing.Of(source), "f$typed");
        Assert.AreEqual(calls, typed.Split("call f$typed").Length - 1);
    }

    [TestMethod]
    public void DataConstructorCalls_BuildValuesDirectlyInTypedCode_BehindAGuardOnTheirGlobals()
    {
        string listing = GoldenListing.AssertMatches("typed_constructor", """
            (data Tree (Leaf) (Node left value right))
            (define (build depth index)
              (if (= depth 0) (Leaf) (Node (build (- depth 1) (* 2 index)) index (build (- depth 1) (+ (* 2 index) 1)))))
            """);

        string typed = GoldenListing.Method(listing, "build$typed");
        StringAssert.StartsWith(typed, ".method object build$typed(long, long, nuint)\n", "no constants array: nothing the typed code builds needs one");
        StringAssert.Contains(typed, "ldsfld Data0<Leaf/0>::Value\n", "(Leaf): the shared nullary value, a static field of its class");
        StringAssert.Contains(typed, "newobj Data3L1<Node/3>::.ctor\n", "a node is one object of its shape class, the integer field unboxed");
        Assert.DoesNotContain("RuntimeOps::Box", typed, "no box for the integer field");
        Assert.DoesNotContain("CompiledOps::Call", typed, "no call through the constructor's global");
        Assert.AreEqual(8, typed.Split("call build$typed").Length - 1, "27 nodes, two self-calls: two levels inlined within the budget, a quarter of the calls");

        string entry = GoldenListing.Method(listing, "build");
        Assert.AreEqual(2, entry.Split("castclass DataConstructor\n  bne.un L0").Length - 1, "the entry checks that Leaf and Node still hold their constructors");

        string wide = GoldenListing.Method(GoldenListing.Of("""
            (data Wide (W a b c d))
            (define (wide n) (W n (+ n 1) (+ n 2) (+ n 3)))
            (define (outer n) (wide (+ n 1)))
            """), "outer$typed");
        StringAssert.StartsWith(wide, ".method object outer$typed(object[], long, nuint)\n", "a value of four fields is built from an array by its constructor, a constant: the caller passes the constants on");
    }

    [TestMethod]
    public void AListThatOnlyTypedCodeReads_IsBuiltOfNodesInFrames()
    {
        string listing = GoldenListing.AssertMatches("typed_integer_lists", FluentAI.Tests.Hosting.IntegerListTests.Queens);

        string safe = GoldenListing.Method(listing, "safe?$typed");
        StringAssert.StartsWith(safe, ".method bool safe?$typed(long, long, IntegerNode*, nuint)\n", "an integer list is a chain of nodes, null when empty");
        StringAssert.Contains(safe, "ldc.i4.0\n  conv.u\n  ceq\n", "(empty? placed): a null test");
        StringAssert.Contains(safe, "ldfld IntegerNode::Head\n", "head of the node the test proved: one load");
        StringAssert.Contains(safe, "ldfld IntegerNode::Next\n", "tail of the node the test proved: one load, no call in the loop");
        Assert.DoesNotContain("call", safe, "the loop over the nodes calls nothing");
        Assert.DoesNotContain("IntegerLists::HeadOf", safe, "no second test after empty?");

        string tryRows = GoldenListing.Method(listing, "try-rows$typed");
        StringAssert.Contains(tryRows, ".local V11 IntegerNode\n", "the node of (cons row placed) is a local of the frame");
        StringAssert.Contains(tryRows, "ldloca V11\n  ldloc V0\n  stfld IntegerNode::Head\n  ldloca V11\n  ldloc V3\n  stfld IntegerNode::Next\n  ldloca V11\n  conv.u\n",
            "(cons row placed) writes row and placed into the frame's node and passes its address");
        Assert.DoesNotContain("newobj", tryRows, "no cell on the heap");
        StringAssert.Contains(tryRows, "L3:\n  ldloc V0\n  ldc.i8 1\n  add.ovf\n  stloc V0\n  stloc V4\n  br L0\n",
            "the loop's straight-line argument (+ row 1) is computed after the branching one (the inlined safe? and the call), and n, k and placed, passed on unchanged, are not stored");

        string queens = GoldenListing.Method(listing, "queens");
        StringAssert.Contains(queens, "IntegerNode[] pinned\n", "a boxed caller's list is taken into an array that the entry pins");
        StringAssert.Contains(queens, "call IntegerLists::EnterNodes\n    dup\n    stloc V6\n    call IntegerLists::Link\n", "the array is pinned before its nodes are linked");
        Assert.DoesNotContain("ConsOnto", tryRows);
    }

    [TestMethod]
    public void AListALoopOnlyConsesOnto_IsKeptInAnAccumulator()
    {
        string listing = GoldenListing.AssertMatches("typed_accumulators", """
            (define (numbers i acc) (if (< i 0) acc (numbers (- i 1) (cons (to-string i) acc))))
            (define (bench) (string-length (string-join "," (numbers 9999 []))))
            """);

        string numbers = GoldenListing.Method(listing, "numbers$typed");
        StringAssert.StartsWith(numbers, ".method FluentList numbers$typed(long, FluentList, nuint)\n", "the method takes and returns a list");
        StringAssert.Contains(numbers, "ldarg 1\n  call ListAccumulator::Start\n  stloc V1\n", "the parameter's local is an accumulator, started from the list given");
        StringAssert.Contains(numbers, "ldloc V1\n  call ListAccumulator::ToList\n  ret\n", "the list is made where the loop returns it");
        StringAssert.Contains(numbers, "ldloc V1\n  ldloc V0\n  call TypedOps::LongToText\n  call ListAccumulator::Push\n", "(cons (to-string i) acc) pushes");
        Assert.DoesNotContain("ConsOntoList", numbers, "no cell per element");

        string bench = GoldenListing.Method(listing, "bench$typed");
        StringAssert.Contains(bench, "call CompiledOps::List0\n  call ListAccumulator::Start\n", "the loop inlined into bench starts its own accumulator");
        StringAssert.Contains(bench, "call ListAccumulator::Push\n", "and pushes in the copy");
    }

    [TestMethod]
    public void AListALoopConsesOnto_IsBuiltOfHeapCells()
    {
        string listing = GoldenListing.AssertMatches("typed_integer_cells", """
            (define (sum xs) (if (empty? xs) 0 (+ (head xs) (sum (tail xs)))))
            (define (sum-to xs n) (if (== n 0) (sum xs) (sum-to (cons n xs) (- n 1))))
            """);

        string sum = GoldenListing.Method(listing, "sum$typed");
        StringAssert.StartsWith(sum, ".method long sum$typed(IntegerCell, nuint)\n", "the loop's list outlives each round: heap cells, null when empty");
        StringAssert.Contains(sum, "ldnull\n  ceq\n", "(empty? xs): a null test");
        StringAssert.Contains(sum, "ldfld IntegerCell::Head\n", "head of the cell the test proved: one load");
        StringAssert.Contains(sum, "ldfld IntegerCell::Next\n", "tail of the cell the test proved: one load");

        string sumTo = GoldenListing.Method(listing, "sum-to$typed");
        StringAssert.Contains(sumTo, "newobj IntegerCell::.ctor\n", "(cons n xs) is one cell, n unboxed");
        StringAssert.Contains(GoldenListing.Method(listing, "sum-to"), "call IntegerLists::Enter\n", "the typed entry takes a boxed caller's list into cells");
    }

    [TestMethod]
    public void MapFilterAndFold_AreLoopsOverUnboxedIntegers_InTypedCode()
    {
        string listing = GoldenListing.AssertMatches("typed_loops", """
            (define (bench n k)
              (let ((xs (range 1 n)))
                (fold (lambda (acc x) (+ acc x)) 0 (filter (lambda (x) (== (mod x 2) 0)) (map (lambda (x) (* x k)) xs)))))
            """);

        string typed = GoldenListing.Method(listing, "bench$typed");
        StringAssert.StartsWith(typed, ".method long bench$typed(long, long, nuint)\n");
        Assert.AreEqual(3, typed.Split("call Enumerator::Next").Length - 1, "three loops");
        Assert.AreEqual(3, typed.Split("call TypedOps::ElementLong").Length - 1, "each reads its elements unboxed");
        Assert.AreEqual(2, typed.Split("call LongBuilder::Add").Length - 1, "map and filter build long[] runs");
        Assert.DoesNotContain("RuntimeOps::Box", typed, "no integer is boxed");
        Assert.DoesNotContain("CompiledOps::Call", typed, "no call of a closure or builtin");
    }

    [TestMethod]
    public void MutualTailCalls_BecomeOneLoopInTypedCode_AndTailCallsInBoxedCode()
    {
        string listing = GoldenListing.AssertMatches("known_tail_call", """
            (define (even? n) (if (= n 0) #t (odd? (- n 1))))
            (define (odd? n) (if (= n 0) #f (even? (- n 1))))
            """);

        string even = GoldenListing.Method(listing, "even?$typed");
        StringAssert.StartsWith(even, ".method bool even?$typed(long, nuint)\n");
        Assert.DoesNotContain("call odd?$typed", even, "odd? is inlined in tail position");
        StringAssert.EndsWith(even, "sub.ovf\n  stloc V0\n  br L0", "odd?'s tail call back to even? loops to even?'s start");
        StringAssert.EndsWith(GoldenListing.Method(listing, "odd?$typed"), "sub.ovf\n  stloc V0\n  br L0");
        StringAssert.Contains(GoldenListing.Method(listing, "even?$boxed"), "castclass Closure1\n  ldloc V3\n  tail.\n  call odd?\n  ret\n");
        StringAssert.Contains(GoldenListing.Method(listing, "odd?$boxed"), "castclass Closure1\n  ldloc V3\n  tail.\n  call even?\n  ret\n");
    }

    [TestMethod]
    public void ATailCallToALargeKnownFunction_HasTheTailPrefix()
    {
        string listing = GoldenListing.AssertMatches("known_tail_call_large", """
            (define (big n)
              (if (< n 0)
                  (+ (* n n n) (* 2 n n) (* 3 n) (- n 1) (- n 2) (- n 3) (- n 4) (- n 5) (- n 6) (- n 7) (- n 8))
                  (+ (* n n) (* 2 n) (- n 1) (- n 2) (- n 3) (- n 4) (- n 5) (- n 6) (- n 7) (- n 8) (- n 9))))
            (define (small n) (big (+ n 1)))
            """);

        StringAssert.EndsWith(GoldenListing.Method(listing, "small$typed"), "add.ovf\n  ldloc V1\n  tail.\n  call big$typed\n  ret");
    }

    [TestMethod]
    public void AnUnknownTailCall_GoesThroughTheClosuresCodeDelegateWithTheTailPrefix()
    {
        string listing = GoldenListing.AssertMatches("unknown_tail_call", "(define (apply-to f x) (f x))");

        string generic = GoldenListing.Method(listing, "apply-to");
        StringAssert.Contains(generic, """
              isinst Closure1
              stloc V6
              ldloc V6
              brfalse L2
              ldloc V6
              ldfld Closure1::Code
              ldloc V6
              ldloc V5
              tail.
              callvirt Func<Closure1, object, object>::Invoke
              ret
            """.ReplaceLineEndings("\n"));
        StringAssert.Contains(generic, "call CompiledOps::Call1\n  ret", "any other value goes through the runtime's call helper");
    }

    [TestMethod]
    public void ANonTailCallOfASmallLoop_IsInlinedAsALoop_InDynamicMethods()
    {
        string listing = GoldenListing.AssertMatches("loop_call_inlined", """
            (define (has? x xs) (if (empty? xs) #f (if (= (head xs) x) #t (has? x (tail xs)))))
            (define (count-hits xs ys acc) (if (empty? xs) acc (count-hits (tail xs) ys (if (has? (head xs) ys) (+ acc 1) acc))))
            """);

        string caller = GoldenListing.Method(listing, "count-hits$typed");
        Assert.DoesNotContain("call has?$typed", caller, "has? runs inline");
        Assert.AreEqual(2, caller.Split("call TypedOps::IsEmptyList").Length - 1, "count-hits' own test and the inlined loop's");
        StringAssert.Contains(caller, "ldc.i4.1\n  stloc V", "a tail position of the copy stores its result");
    }

    [TestMethod]
    public void ACallOfASmallLoop_StaysACall_WhenTheJitHasProfileData()
    {
        FluentAI.Compiler.Emit.Cecil.CecilBuildResult build = FluentAI.Tests.Cecil.CecilTestBuilds.Build(
            new FluentAI.Compiler.Emit.Cecil.CecilBuildOptions { AssemblyName = "LoopCall", KeepListings = true },
            ("m.ai", """
                (module m (export count-hits)
                  (define (has? x xs) (if (empty? xs) #f (if (= (head xs) x) #t (has? x (tail xs)))))
                  (define (count-hits xs ys acc) (if (empty? xs) acc (count-hits (tail xs) ys (if (has? (head xs) ys) (+ acc 1) acc)))))
                """));
        string caller = build.Listings.Single(l => l.StartsWith(".method long count-hits$typed(", StringComparison.Ordinal));
        StringAssert.Contains(caller, "call has?$typed", "a tiered assembly leaves the inlining to the JIT (IEmitHost.InlinesLoopCalls)");
    }
}
