// Invoker pre-build hook shared by every IT (pom.xml: preBuildHookScript): fills the cloned IT project with the
// sample repository's _figures and _data, keeping the files the IT holds itself (its deliberate changes and
// additions), so each IT directory carries only what differs from the sample.
import java.nio.file.Files
import java.nio.file.Path

// Invoker binds basedir to the script's directory as reached from the IT project, <it>/../../../src/it-fixtures.
String hookPath = '/../../../src/it-fixtures'
String reached = basedir.path.replace(File.separatorChar, '/' as char)
assert reached.endsWith(hookPath) : "unexpected hook location ${reached}"
Path target = new File(reached.substring(0, reached.length() - hookPath.length())).toPath()
Path source = new File(sampleRepository).toPath()
['_figures', '_data'].each { dir ->
    Files.createDirectories(target.resolve(dir))
    source.resolve(dir).toFile().eachFile { f ->
        Path to = target.resolve(dir).resolve(f.name)
        if (f.isFile() && !Files.exists(to)) {
            Files.copy(f.toPath(), to)
        }
    }
}
// An IT's own setup.groovy then plants what a committed fixture cannot hold (raw control characters, odd names).
File local = target.resolve('setup.groovy').toFile()
if (local.isFile()) {
    new GroovyShell(new Binding([basedir: target.toFile()])).evaluate(local)
}
return true
