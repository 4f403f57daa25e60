namespace FluentAI.Runtime.Compiled;

/// <summary>An imported module as compiled code sees it: its top-level forms run the first time a program imports it.</summary>
public interface IModuleRunner
{
    void RunOnce();
}
